# One image for the API/UI server and the judge workers (`--worker`). Build: docker build -t mljudge .
# The final stage has the ASP.NET Core runtime, bubblewrap and the published Release output only: no SDK, no node.

# ---- build: restore, build the UI (node), publish the server (its runner and compile host come with it)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Vite 7 needs node >= 20.19; Debian bookworm's nodejs is 18, so Debian's npm installs a current node from
# the npm registry (the `node` package ships the binary) into /usr/local/bin, ahead of /usr/bin on PATH.
# Node uses its own CA list unless told: the system bundle also carries any CA a proxy on the way needs.
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
RUN apt-get update -q && apt-get install -y -q --no-install-recommends nodejs npm >/dev/null && rm -rf /var/lib/apt/lists/* \
 && new_enough='const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
 && if ! node -e "$new_enough"; then npm install -g --no-audit --no-fund node@22 >/dev/null; hash -r; fi \
 && node -e "$new_enough" && echo "node $(node --version)"
WORKDIR /src
# Restore first, from the project files only, so source edits don't re-download packages.
COPY Directory.Build.props Directory.Packages.props global.json .editorconfig ./
COPY src/MlJudge.Engine/MlJudge.Engine.csproj src/MlJudge.Engine/
COPY src/MlJudge.Runner/MlJudge.Runner.csproj src/MlJudge.Runner/
COPY src/MlJudge.CompileHost/MlJudge.CompileHost.csproj src/MlJudge.CompileHost/
COPY src/MlJudge.Server/MlJudge.Server.csproj src/MlJudge.Server/
RUN dotnet restore src/MlJudge.Server/MlJudge.Server.csproj
COPY src/MlJudge.Web/package.json src/MlJudge.Web/package-lock.json src/MlJudge.Web/
RUN cd src/MlJudge.Web && npm ci --no-audit --no-fund
COPY src src
RUN dotnet publish src/MlJudge.Server/MlJudge.Server.csproj -c Release --no-restore -o /app \
 && mkdir -p /app/wwwroot && cp -r src/MlJudge.Web/dist/. /app/wwwroot/

# ---- runtime
FROM mcr.microsoft.com/dotnet/aspnet:10.0
# bubblewrap walls off every submission; util-linux (prlimit, setpriv) and mount are in the base system.
RUN apt-get update -q && apt-get install -y -q --no-install-recommends bubblewrap >/dev/null && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown app:app /data
WORKDIR /app
COPY --from=build /app .
COPY scripts/docker-entrypoint.sh /usr/local/bin/mljudge-entrypoint
# Problems are baked in; mount a folder over /problems to serve others (see docs/DEPLOYMENT.md).
COPY problems /problems
ENV MlJudge__ProblemsPath=/problems \
    MlJudge__DataPath=/data \
    ASPNETCORE_URLS=http://+:5080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
EXPOSE 5080
# The server runs as `app`; a worker must start as root (compose: user: root) because the sandbox creates
# namespaces and cgroups — the entrypoint says so and the worker refuses to judge otherwise.
USER app
ENTRYPOINT ["/usr/local/bin/mljudge-entrypoint"]
