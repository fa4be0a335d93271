using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using MlJudge.Server.Auth;

namespace MlJudge.Server.Hubs;

/// <summary>Caps open hub connections per user (per address for anonymous ones), so one account cannot hold the server's sockets.</summary>
public sealed class HubConnectionLimiter(IOptions<MlJudgeOptions> options, ILogger<HubConnectionLimiter> logger)
{
    private const string CountedKey = "mljudge:counted";
    private readonly ConcurrentDictionary<string, int> _open = new();

    public bool TryOpen(HubCallerContext context)
    {
        var key = Key(context);
        var count = _open.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (count > options.Value.MaxHubConnectionsPerUser)
        {
            Release(key);
            logger.LogWarning("Refused a hub connection for {Key}: {Limit} already open", key, options.Value.MaxHubConnectionsPerUser);
            return false;
        }
        context.Items[CountedKey] = key;
        return true;
    }

    public void Close(HubCallerContext context)
    {
        if (context.Items.TryGetValue(CountedKey, out var key) && key is string k) Release(k);
    }

    private void Release(string key)
    {
        // Remove the entry when it drops to zero, so the table holds only users with open connections.
        while (_open.TryGetValue(key, out var n))
        {
            if (n <= 1 ? _open.TryRemove(new KeyValuePair<string, int>(key, n)) : _open.TryUpdate(key, n - 1, n)) return;
        }
    }

    private static string Key(HubCallerContext context) =>
        context.User?.Identity?.IsAuthenticated == true
            ? "user:" + context.User.UserId()
            : "address:" + (context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
