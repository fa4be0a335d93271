# One image for the server and the workers (`--worker`). Build: docker build -t mljudge .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/MlJudge.Server -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# bubblewrap walls off every submission; util-linux provides the unshare/setpriv fallback.
RUN apt-get update && apt-get install -y --no-install-recommends bubblewrap util-linux && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY problems /problems
ENV MlJudge__ProblemsPath=/problems ASPNETCORE_URLS=http://+:5080
EXPOSE 5080
ENTRYPOINT ["dotnet", "MlJudge.Server.dll"]
