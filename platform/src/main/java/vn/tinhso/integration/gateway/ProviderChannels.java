package vn.tinhso.integration.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import vn.tinhso.integration.IntegrationProperties;
import vn.tinhso.integration.registry.ServiceDefinition;

/**
 * The data plane's way to a provider: keep-alive connections on the event loop of the consumer's own connection, so a
 * REST call is read, checked, forwarded and answered without leaving that thread and without blocking it. It keeps the
 * blocking {@link ProviderClient}'s rules — the service's time-out, retries of idempotent calls after connection
 * failures, and the same circuit breaker per service — so both paths behave alike.
 *
 * <p>Each event loop keeps its own idle connections per provider address, touched only from that loop (no locks).
 * A connection carries one call at a time and goes back to the idle list when the provider keeps it alive.
 */
@Component
class ProviderChannels {

    private static final int MAX_RESPONSE_BYTES = 104_857_600;

    private final ProviderClient client;
    private final IntegrationProperties.Gateway settings;
    private final int idlePerProvider;
    private final FastThreadLocal<Map<String, ArrayDeque<Channel>>> idle = new FastThreadLocal<>() {
        @Override
        protected Map<String, ArrayDeque<Channel>> initialValue() {
            return new HashMap<>();
        }
    };

    ProviderChannels(ProviderClient client, IntegrationProperties properties) {
        this.client = client;
        this.settings = properties.gateway();
        this.idlePerProvider = Math.max(1, settings.maxConnections() / 2);
    }

    /**
     * Sends {@code request} to the provider of {@code service} from the event loop of {@code consumer}, the
     * consumer's connection; completes on that loop, never exceptionally.
     */
    CompletableFuture<Outcome> send(Channel consumer, ServiceDefinition service, ProviderRequest request) {
        EventLoop loop = consumer.eventLoop();
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        CircuitBreaker breaker = client.breaker(service);
        if (!breaker.tryAcquirePermission()) {
            result.complete(Outcome.failed(ProviderClient.circuitOpen(service)));
            return result;
        }
        Class<? extends Channel> type = consumer instanceof EpollSocketChannel ? EpollSocketChannel.class
                : NioSocketChannel.class;
        Call call = new Call(loop, type, service, request, Target.of(request.url()), breaker, System.nanoTime(),
                result);
        if (loop.inEventLoop()) {
            call.attempt(0);
        } else {
            loop.execute(() -> call.attempt(0));
        }
        return result;
    }

    /** The provider's response, or why there is none. */
    record Outcome(ProviderResponse response, GatewayProblem problem) {

        static Outcome failed(GatewayProblem problem) {
            return new Outcome(null, problem);
        }
    }

    /** Host, port and the request target (path and query) of a provider URL. */
    private record Target(String host, int port, String pathAndQuery, String hostHeader) {

        static Target of(String url) {
            URI uri = URI.create(url);
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                // TLS to providers stays with the blocking client (DataPlane sends such services there).
                throw new IllegalArgumentException("https provider on the data plane's plain channels: " + url);
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery();
            return new Target(uri.getHost(), port, query == null ? path : path + "?" + query,
                    uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost());
        }

        String key() {
            return host + ":" + port;
        }
    }

    /** One call, through its attempts. Runs on its loop only. */
    private final class Call {

        private final EventLoop loop;
        private final Class<? extends Channel> type;
        private final ServiceDefinition service;
        private final ProviderRequest request;
        private final Target target;
        private final CircuitBreaker breaker;
        private final long start;
        private final CompletableFuture<Outcome> result;
        private boolean staleRetried;

        Call(EventLoop loop, Class<? extends Channel> type, ServiceDefinition service, ProviderRequest request,
                Target target, CircuitBreaker breaker, long start, CompletableFuture<Outcome> result) {
            this.loop = loop;
            this.type = type;
            this.service = service;
            this.request = request;
            this.target = target;
            this.breaker = breaker;
            this.start = start;
            this.result = result;
        }

        void attempt(int connectAttempt) {
            Channel reused = takeIdle();
            if (reused != null) {
                dispatch(reused, true);
                return;
            }
            new Bootstrap().group(loop).channel(type)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            channel.pipeline().addLast(new HttpClientCodec(),
                                    new HttpObjectAggregator(MAX_RESPONSE_BYTES), new Responses());
                        }
                    })
                    .connect(target.host(), target.port())
                    .addListener((ChannelFuture connected) -> {
                        if (connected.isSuccess()) {
                            dispatch(connected.channel(), false);
                        } else if (request.idempotent() && connectAttempt < settings.retries()) {
                            loop.schedule(() -> attempt(connectAttempt + 1), settings.retryWait().toMillis(),
                                    TimeUnit.MILLISECONDS);
                        } else {
                            fail(ProviderClient.unavailable(service), connected.cause());
                        }
                    });
        }

        private Channel takeIdle() {
            ArrayDeque<Channel> channels = idle.get().get(target.key());
            while (channels != null && !channels.isEmpty()) {
                Channel channel = channels.pollLast();
                if (channel.isActive()) {
                    return channel;
                }
            }
            return null;
        }

        private void dispatch(Channel channel, boolean reused) {
            Responses responses = channel.pipeline().get(Responses.class);
            ScheduledFuture<?> timeout = loop.schedule(() -> {
                if (responses.pending == this) {
                    responses.pending = null;
                    channel.close();
                    fail(ProviderClient.timedOut(service), null);
                }
            }, service.timeoutMs(), TimeUnit.MILLISECONDS);
            responses.pending = this;
            responses.reused = reused;
            responses.timeout = timeout;
            channel.writeAndFlush(httpRequest()).addListener(written -> {
                if (!written.isSuccess() && responses.pending == this) {
                    responses.pending = null;
                    timeout.cancel(false);
                    channel.close();
                    lost(reused, written.cause());
                }
            });
        }

        /** The connection went away before an answer: a stale idle one is tried again once, on a new one. */
        void lost(boolean reused, Throwable cause) {
            if (reused && !staleRetried && request.idempotent()) {
                staleRetried = true;
                attempt(0);
            } else {
                fail(ProviderClient.unavailable(service), cause);
            }
        }

        private FullHttpRequest httpRequest() {
            byte[] body = request.body() == null ? new byte[0] : request.body();
            FullHttpRequest outgoing = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1,
                    HttpMethod.valueOf(request.method()), target.pathAndQuery(), Unpooled.wrappedBuffer(body));
            HttpHeaders headers = outgoing.headers();
            for (String[] header : request.headers()) {
                if (!"content-type".equalsIgnoreCase(header[0])) {
                    headers.add(header[0], header[1]);
                }
            }
            headers.set(HttpHeaderNames.HOST, target.hostHeader());
            if (request.contentType() != null && body.length > 0) {
                headers.set(HttpHeaderNames.CONTENT_TYPE, request.contentType());
            }
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            return outgoing;
        }

        void answered(Channel channel, FullHttpResponse response) {
            List<String[]> headers = new ArrayList<>(response.headers().size());
            for (Map.Entry<String, String> header : response.headers()) {
                if (!ProviderClient.NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    headers.add(new String[] {header.getKey(), header.getValue()});
                }
            }
            ProviderResponse answer = new ProviderResponse(response.status().code(), headers,
                    ByteBufUtil.getBytes(response.content()), response.headers().get(HttpHeaderNames.CONTENT_TYPE));
            if (HttpUtil.isKeepAlive(response)) {
                giveBack(channel);
            } else {
                channel.close();
            }
            long nanos = System.nanoTime() - start;
            if (answer.status() >= 500) {
                breaker.onError(nanos, TimeUnit.NANOSECONDS,
                        new java.io.IOException("provider answered " + answer.status()));
            } else {
                breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
            }
            result.complete(new Outcome(answer, null));
        }

        private void giveBack(Channel channel) {
            ArrayDeque<Channel> channels = idle.get().computeIfAbsent(target.key(), key -> new ArrayDeque<>());
            if (channels.size() < idlePerProvider) {
                channels.addLast(channel);
            } else {
                channel.close();
            }
        }

        void fail(GatewayProblem problem, Throwable cause) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
                    cause != null ? cause : new java.io.IOException(problem.code()));
            result.complete(Outcome.failed(problem));
        }
    }

    /** The one handler of a provider connection: hands the response to the call waiting on it. */
    private static final class Responses extends SimpleChannelInboundHandler<FullHttpResponse> {

        private Call pending;
        private boolean reused;
        private ScheduledFuture<?> timeout;

        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpResponse response) {
            Call call = pending;
            pending = null;
            if (call == null) {
                context.close();
                return;
            }
            timeout.cancel(false);
            call.answered(context.channel(), response);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            Call call = pending;
            pending = null;
            if (call != null) {
                timeout.cancel(false);
                call.lost(reused, null);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            Call call = pending;
            pending = null;
            context.close();
            if (call != null) {
                timeout.cancel(false);
                call.lost(false, cause);
            }
        }
    }
}
