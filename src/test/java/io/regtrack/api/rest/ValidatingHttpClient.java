package io.regtrack.api.rest;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A {@link HttpClient} for clients that do not go through RestAssured (the generated Java client):
 * every response is read whole, checked against the committed OpenAPI document like {@link
 * OpenApiValidationFilter} does, and then handed to the caller's body handler. A violation is an
 * {@link AssertionError} from {@code send}.
 */
public final class ValidatingHttpClient extends HttpClient {
  private static final OpenApiResponses OPENAPI = OpenApiResponses.committed();
  private final HttpClient delegate;

  private ValidatingHttpClient(HttpClient delegate) {
    this.delegate = delegate;
  }

  /** A builder whose clients validate every response (for {@code ApiClient(builder, …)}). */
  public static HttpClient.Builder builder() {
    HttpClient.Builder real = HttpClient.newBuilder();
    return (HttpClient.Builder)
        java.lang.reflect.Proxy.newProxyInstance(
            HttpClient.Builder.class.getClassLoader(),
            new Class<?>[] {HttpClient.Builder.class},
            (proxy, method, args) -> {
              if (method.getName().equals("build")) {
                return new ValidatingHttpClient(real.build());
              }
              Object result = method.invoke(real, args);
              return result == real ? proxy : result;
            });
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
    byte[] body = response.body() == null ? new byte[0] : response.body();
    OPENAPI.check(
        request.method(),
        request.uri().getPath(),
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        body);
    HttpResponse.BodySubscriber<T> subscriber = handler.apply(info(response));
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {}
        });
    subscriber.onNext(List.of(ByteBuffer.wrap(body)));
    subscriber.onComplete();
    T value;
    try {
      value = subscriber.getBody().toCompletableFuture().get();
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
    return new Replayed<>(response, value);
  }

  private static HttpResponse.ResponseInfo info(HttpResponse<?> response) {
    return new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return response.statusCode();
      }

      @Override
      public HttpHeaders headers() {
        return response.headers();
      }

      @Override
      public Version version() {
        return response.version();
      }
    };
  }

  /** The delegate's response with the body the caller's handler made of the same bytes. */
  private record Replayed<T>(HttpResponse<byte[]> response, T body) implements HttpResponse<T> {
    @Override
    public int statusCode() {
      return response.statusCode();
    }

    @Override
    public HttpRequest request() {
      return response.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return response.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return response.sslSession();
    }

    @Override
    public URI uri() {
      return response.uri();
    }

    @Override
    public Version version() {
      return response.version();
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return send(request, handler);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return sendAsync(request, handler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
