package vn.tinhso.integration.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.integration.IntegrationProperties;
import vn.tinhso.integration.registry.ServiceDefinition;
import vn.tinhso.integration.registry.ServiceKind;
import vn.tinhso.shared.Correlation;
import vn.tinhso.shared.ProblemResponses;

/**
 * The gateway's data plane: {@code /gw/{service}/{version}/**} on a port of its own, served by Netty instead of
 * Tomcat and the servlet filter chains (ADR 0020). The same steps run — {@link TokenCheck}, then
 * {@link GatewayController} with its scope, quota, body, schema, forwarding, circuit breaker and message log — but
 * without the platform's filters around them, which cost more CPU per call than the gateway's own work. Tokens are
 * still issued at {@code /gw/oauth2/token} on the platform's port, and the gateway stays reachable there too.
 *
 * <p>A REST call over plain HTTP never leaves the event loop of its connection: checked there (all in memory),
 * forwarded over {@link ProviderChannels} on the same loop, answered when the provider's answer arrives. What blocks —
 * queueing ({@code Prefer: respond-async}), SOAP and national services, TLS to a provider — runs on a virtual thread
 * with the blocking {@link ProviderClient}. One call per connection at a time: the connection stops reading until
 * its answer is written, so answers keep the order of requests.
 */
@Component
class DataPlane implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DataPlane.class);

    private final IntegrationProperties.DataPlane settings;
    private final TokenCheck tokens;
    private final GatewayController gateway;
    private final ProviderChannels channels;
    private final ProblemResponses problems;
    private final JsonMapper json;
    /** Made by each start: a stopped context may be started again (Spring's test contexts are, when paused). */
    private volatile ExecutorService calls;
    private EventLoopGroup acceptor;
    private EventLoopGroup loops;
    private volatile Channel server;

    DataPlane(IntegrationProperties properties, TokenCheck tokens, GatewayController gateway,
            ProviderChannels channels, ProblemResponses problems, JsonMapper json) {
        this.channels = channels;
        this.settings = properties.gateway().dataPlane();
        this.tokens = tokens;
        this.gateway = gateway;
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void start() {
        if (settings.port() < 0) {
            return;
        }
        calls = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("gw-call-", 0).factory());
        // epoll where the native library loads (Linux), NIO elsewhere; provider connections follow the same choice.
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        acceptor = new MultiThreadIoEventLoopGroup(1, io);
        loops = new MultiThreadIoEventLoopGroup(settings.threads(), io);
        ServerBootstrap bootstrap = new ServerBootstrap().group(acceptor, loops)
                .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(),
                                new HttpObjectAggregator(settings.maxBodyBytes()), new Calls());
                    }
                });
        server = bootstrap.bind(settings.address(), settings.port()).syncUninterruptibly().channel();
        log.info("LGSP gateway data plane listening on {} ({})", server.localAddress(), epoll ? "epoll" : "NIO");
    }

    /** The port it listens on (useful when configured as 0, any free port); -1 when off. */
    int port() {
        Channel channel = server;
        return channel == null ? -1 : ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void stop() {
        Channel channel = server;
        server = null;
        if (channel != null) {
            channel.close().syncUninterruptibly();
            acceptor.shutdownGracefully().syncUninterruptibly();
            loops.shutdownGracefully().syncUninterruptibly();
            calls.close();
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Reads one call, hands it to a virtual thread, writes the answer back on the connection. */
    private final class Calls extends SimpleChannelInboundHandler<FullHttpRequest> {

        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            if (!request.decoderResult().isSuccess()) {
                write(context, problem("bad-request", HttpStatus.BAD_REQUEST, ProblemResponses.VIETNAMESE, null),
                        null, false);
                return;
            }
            GatewayCall call = callOf(context, request);
            String id = Correlation.acceptOrNew(call.header(Correlation.HEADER));
            context.channel().config().setAutoRead(false);
            if (GatewayController.wantsAsync(call)) {
                onThread(context, call, id, keepAlive, () -> handle(call));
                return;
            }
            try (Correlation.Scope ignored = Correlation.begin(id)) {
                Object begun = begin(call);
                if (begun instanceof GatewayAnswer answer) {
                    write(context, answer, id, keepAlive);
                } else if (begun instanceof GatewayController.Prepared prepared && onLoop(prepared.definition())) {
                    forwardOnLoop(context, prepared, id, keepAlive);
                } else {
                    GatewayController.Prepared prepared = (GatewayController.Prepared) begun;
                    onThread(context, call, id, keepAlive, () -> gateway.forward(prepared));
                }
            } catch (Exception | Error failure) {
                write(context, internalError(call, failure), id, keepAlive);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            log.debug("Gateway data plane connection closed", cause);
            context.close();
        }
    }

    /** Forwards over {@link ProviderChannels} and answers, all on this connection's event loop. */
    private void forwardOnLoop(ChannelHandlerContext context, GatewayController.Prepared prepared, String id,
            boolean keepAlive) {
        channels.send(context.channel(), prepared.definition(), prepared.outgoing())
                .thenAccept(outcome -> {
                    GatewayAnswer answer;
                    try (Correlation.Scope ignored = Correlation.begin(id)) {
                        answer = outcome.problem() != null ? gateway.failed(prepared, outcome.problem())
                                : gateway.answered(prepared, outcome.response());
                    } catch (Exception | Error failure) {
                        answer = internalError(prepared.call(), failure);
                    }
                    write(context, answer, id, keepAlive);
                });
    }

    /** Work that blocks (the database, SOAP, the national token, TLS to a provider) runs on a virtual thread. */
    private void onThread(ChannelHandlerContext context, GatewayCall call, String id, boolean keepAlive,
            Blocking work) {
        calls.execute(() -> {
            GatewayAnswer answer;
            try (Correlation.Scope ignored = Correlation.begin(id)) {
                answer = work.run();
            } catch (Exception | Error failure) {
                answer = internalError(call, failure);
            }
            write(context, answer, id, keepAlive);
        });
    }

    @FunctionalInterface
    private interface Blocking {
        GatewayAnswer run() throws Exception;
    }

    /** Plain REST over HTTP stays on the event loop; everything else takes the blocking client. */
    private static boolean onLoop(ServiceDefinition service) {
        return service.kind() == ServiceKind.REST && service.baseUrl() != null
                && service.baseUrl().regionMatches(true, 0, "http://", 0, 7);
    }

    private GatewayAnswer internalError(GatewayCall call, Throwable failure) {
        log.error("Gateway call {} {} failed", call.method(), call.path(), failure);
        return problem("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, call.locale(), call.path());
    }

    /** The whole call, blocking. */
    private GatewayAnswer handle(GatewayCall call) throws Exception {
        Object begun = begin(call);
        return begun instanceof GatewayAnswer answer ? answer : gateway.forward((GatewayController.Prepared) begun);
    }

    /** Path, token and the gateway's checks: a {@link GatewayAnswer} when the call ends here, else the prepared call. */
    private Object begin(GatewayCall call) throws Exception {
        String path = call.path();
        // /gw/{service}/{version}[/...]
        int service = path.startsWith("/gw/") ? path.indexOf('/', 4) : -1;
        if (service < 0) {
            return problem("not-found", HttpStatus.NOT_FOUND, call.locale(), path);
        }
        int version = path.indexOf('/', service + 1);
        String serviceCode = path.substring(4, service);
        String versionCode = version < 0 ? path.substring(service + 1) : path.substring(service + 1, version);
        if (serviceCode.isEmpty() || versionCode.isEmpty() || serviceCode.equals("oauth2")
                || serviceCode.equals("messages")) {
            return problem("not-found", HttpStatus.NOT_FOUND, call.locale(), path);
        }
        TokenCheck.Result checked = tokens.check(call.header("Authorization"), call.method(), path, call.locale());
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        GatewayController.Prepared prepared = gateway.prepare(serviceCode, versionCode, call, checked.token());
        return prepared.answer() != null ? prepared.answer() : prepared;
    }

    private static GatewayCall callOf(ChannelHandlerContext context, FullHttpRequest request) {
        String uri = request.uri();
        int question = uri.indexOf('?');
        List<String[]> headers = new ArrayList<>(request.headers().size());
        for (Map.Entry<String, String> header : request.headers()) {
            headers.add(new String[] {header.getKey(), header.getValue()});
        }
        InetSocketAddress remote = (InetSocketAddress) context.channel().remoteAddress();
        return new GatewayCall(request.method().name(), question < 0 ? uri : uri.substring(0, question),
                question < 0 ? null : uri.substring(question + 1), headers,
                GatewayCall.Body.of(ByteBufUtil.getBytes(request.content())),
                remote == null ? "" : remote.getAddress().getHostAddress(),
                language(request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE)));
    }

    /** Vietnamese unless the caller prefers English, as the platform's other APIs answer. */
    private static Locale language(String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage),
                        List.of(Locale.of("vi"), Locale.ENGLISH));
                if (chosen != null) {
                    return chosen;
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header gets the default language
            }
        }
        return ProblemResponses.VIETNAMESE;
    }

    private GatewayAnswer problem(String code, HttpStatus status, Locale locale, String path) {
        byte[] body = json.writeValueAsBytes(problems.build(code, status, new Object[0], locale, path));
        return new GatewayAnswer(status.value(), List.of(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, body);
    }

    private static void write(ChannelHandlerContext context, GatewayAnswer answer, String correlationId,
            boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(answer.status()), Unpooled.wrappedBuffer(answer.body()));
        HttpHeaders headers = response.headers();
        for (String[] header : answer.headers()) {
            if (!Correlation.HEADER.equalsIgnoreCase(header[0]) && !"content-type".equalsIgnoreCase(header[0])) {
                headers.add(header[0], header[1]);
            }
        }
        if (answer.contentType() != null) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
        }
        if (correlationId != null) {
            headers.set(Correlation.HEADER, correlationId);
        }
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
        headers.set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        context.writeAndFlush(response).addListener(keepAlive ? (ChannelFutureListener) done -> {
            done.channel().config().setAutoRead(true);
        } : ChannelFutureListener.CLOSE);
    }
}
