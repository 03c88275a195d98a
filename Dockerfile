# syntax=docker/dockerfile:1
# One image per app of the platform, from one Dockerfile:
#   docker build --build-arg APP=registry -t dangjian/registry .      (registry, organization, instructor, assessment, notification)
#   docker build --target console -t dangjian/console .               (the web console, served by nginx)
# Production dependencies only, a non-root user, nothing written to the root filesystem (run it read-only), a
# health check, and no secrets: every key, password and client secret comes from the environment at run time.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.29.3-alpine

# Every npm package, pinned by the lock file; patch-package applies patches/ after the install.
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund --loglevel=error

# One service compiled; then the development packages pruned, keeping the patched production ones.
FROM deps AS build
ARG APP=registry
COPY . .
RUN npx nx run "${APP}:build" --skip-nx-cache --outputStyle=static \
 && npm prune --omit=dev --no-audit --no-fund --loglevel=error

FROM deps AS console-build
COPY . .
RUN npx nx run console:build --skip-nx-cache --outputStyle=static

# The console: static files; /config.json (where Keycloak is) is mounted by the chart or compose.
FROM ${NGINX_IMAGE} AS console
COPY deploy/docker/console-nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=console-build /src/dist/apps/console /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]

# A service (the default target).
FROM ${NODE_IMAGE} AS service
ARG APP=registry
ENV NODE_ENV=production \
    APP=${APP} \
    HTTP_PORT=8080 \
    DANGJIAN_DIST_ROOT=/app/dist/apps/${APP}
WORKDIR /app
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/package.json /src/tsconfig.json ./
COPY --from=build /src/tools/runtime ./tools/runtime
COPY --from=build /src/dist/apps/${APP} ./dist/apps/${APP}
USER 1000:1000
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "tools/runtime/health-check.cjs"]
CMD ["node", "tools/runtime/start-service.cjs"]
