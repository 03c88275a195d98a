#!/usr/bin/env bash
# Stops only the servers that up.sh started.
exec node "$(dirname "$0")/infra.cjs" down "$@"
