using Microsoft.AspNetCore.SignalR;
using MlJudge.Server.Auth;

namespace MlJudge.Server.Hubs;

/// <summary>
/// A refused hub call (someone else's submission, not logged in) is a client's mistake or a probe: logged at
/// warning level with who asked, never as an error with a stack trace. Anything else is a real failure and logged as an error
/// (SignalR's own error log for hub method exceptions is turned off in WebRegistration).
/// </summary>
public sealed class RefusedCallLogger(ILogger<RefusedCallLogger> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException e)
        {
            var user = invocationContext.Context.User;
            logger.LogWarning("Refused hub call {Method} from {User}: {Reason}", invocationContext.HubMethodName,
                user?.Identity?.IsAuthenticated == true ? "user " + user.UserId() : "an anonymous connection", e.Message);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Hub call {Method} failed", invocationContext.HubMethodName);
            throw;
        }
    }
}
