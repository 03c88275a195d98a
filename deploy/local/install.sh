#!/usr/bin/env bash
# Installs the local infrastructure binaries into a cache, idempotently:
#   nats-server (Debian package), FerretDB (Go module, built from source), Keycloak (Maven Central zip).
# Prints nothing on a warm cache except a summary line. Safe to run any number of times.
set -euo pipefail

CACHE="${DANGJIAN_CACHE:-$HOME/.cache/dangjian}"
FERRETDB_VERSION="${FERRETDB_VERSION:-v1.24.2}"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.5.6}"
mkdir -p "$CACHE/bin"

log() { printf '[install] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  if [ ! -f "$CACHE/.apt-updated" ]; then
    as_root apt-get update -q >/dev/null
    touch "$CACHE/.apt-updated"
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# --- NATS ---------------------------------------------------------------------------------------
if ! command -v nats-server >/dev/null 2>&1; then
  log "installing nats-server (Debian package)"
  apt_install nats-server
fi

# --- FerretDB (MongoDB wire protocol over SQLite or PostgreSQL) ---------------------------------
# Built with our patches (deploy/local/ferretdb-<version>-*.patch); the binary's name carries their
# digest, so a changed patch builds a new binary.
HERE=$(cd "$(dirname "$0")" && pwd)
FERRET_PATCHES=$(ls "$HERE"/ferretdb-"$FERRETDB_VERSION"-*.patch 2>/dev/null | sort || true)
FERRET_PATCH_DIGEST=$( { echo "$FERRETDB_VERSION"; for f in $FERRET_PATCHES; do cat "$f"; done; } | sha256sum | cut -c1-12)
FERRET_BIN="$CACHE/bin/ferretdb-$FERRETDB_VERSION-$FERRET_PATCH_DIGEST"
if [ ! -x "$FERRET_BIN" ]; then
  command -v go >/dev/null 2>&1 || apt_install golang-go
  log "building FerretDB $FERRETDB_VERSION from the Go module (about 2 minutes once)"
  # `go install pkg@version` asks the proxy for the version list, which it refuses for this module;
  # downloading the exact version and building it in place avoids that request.
  tmp=$(mktemp -d)
  dir=$(cd "$tmp" && go mod init ferretdb-build >/dev/null 2>&1 && \
    go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  # The module cache is read-only and lacks the version file FerretDB embeds; build from a copy.
  cp -r "$dir" "$tmp/src" && chmod -R u+w "$tmp/src"
  echo "$FERRETDB_VERSION" > "$tmp/src/build/version/version.txt"
  for f in $FERRET_PATCHES; do
    log "applying $(basename "$f")"
    (cd "$tmp/src" && git apply "$f")
  done
  (cd "$tmp/src" && GOFLAGS=-mod=mod go build -trimpath -o "$FERRET_BIN.tmp" ./cmd/ferretdb)
  mv "$FERRET_BIN.tmp" "$FERRET_BIN"
  rm -rf "$tmp"
fi

# --- A JDK that Keycloak 26 accepts (21 or newer) ------------------------------------------------
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
find_java_home() {
  local candidate
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    local major; major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
KC_JAVA_HOME=$(find_java_home || true)
if [ -z "$KC_JAVA_HOME" ]; then
  log "no JDK 21+ found; installing one from Debian"
  apt_install openjdk-21-jre-headless || apt_install openjdk-25-jre-headless || true
  KC_JAVA_HOME=$(find_java_home || true)
fi
[ -n "$KC_JAVA_HOME" ] || { echo "Keycloak needs Java 21 or newer; none found under /usr/lib/jvm" >&2; exit 1; }

# --- Keycloak ------------------------------------------------------------------------------------
KC_HOME="$CACHE/keycloak-$KEYCLOAK_VERSION"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  command -v mvn >/dev/null 2>&1 || apt_install maven
  command -v unzip >/dev/null 2>&1 || apt_install unzip
  log "downloading Keycloak $KEYCLOAK_VERSION (Maven artifact org.keycloak:keycloak-quarkus-dist)"
  tmp=$(mktemp -d)
  mvn -q -B dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "-DoutputDirectory=$tmp"
  unzip -q "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$CACHE"
  rm -rf "$tmp"
fi
if [ ! -f "$KC_HOME/.built-dev-mem" ]; then
  # Pre-build Quarkus once so each start-dev is quicker.
  log "pre-building Keycloak (once)"
  JAVA_HOME="$KC_JAVA_HOME" "$KC_HOME/bin/kc.sh" build --db=dev-mem >/dev/null 2>&1 || true
  touch "$KC_HOME/.built-dev-mem"
fi

cat > "$CACHE/paths.env" <<EOT
NATS_SERVER_BIN=$(command -v nats-server)
FERRETDB_BIN=$FERRET_BIN
KEYCLOAK_HOME=$KC_HOME
KEYCLOAK_JAVA_HOME=$KC_JAVA_HOME
EOT
log "ready: nats-server $(nats-server --version 2>/dev/null | awk '{print $2}'), FerretDB $FERRETDB_VERSION, Keycloak $KEYCLOAK_VERSION (Java $(java_major "$KC_JAVA_HOME/bin/java"))"
