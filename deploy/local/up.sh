#!/usr/bin/env bash
# Starts NATS, FerretDB and Keycloak on loopback (installing them first if needed); prints their URLs.
exec node "$(dirname "$0")/infra.cjs" up "$@"
