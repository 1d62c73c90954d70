using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace TimelineApp.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JS interop. Disposed asynchronously: MudBlazor's
/// KeyInterceptorService throws when a bUnit context is disposed synchronously.
/// </summary>
public abstract class MudComponentContext : BunitContext, IAsyncLifetime
{
    /// <param name="services">The component's own services: added before anything renders (bUnit then seals the provider).</param>
    protected MudComponentContext(Action<IServiceCollection>? services = null)
    {
        Services.AddMudServices();
        services?.Invoke(Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
        // As in the app's editor pages: interactive server rendering.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
