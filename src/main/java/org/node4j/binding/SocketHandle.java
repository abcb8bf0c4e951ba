package org.node4j.binding;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.concurrent.Future;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.net.AddressText;
import org.node4j.net.SocketErrors;
import org.node4j.net.Transport;
import org.node4j.posix.Errno;
import org.node4j.loop.HandleRef;
import org.node4j.runtime.Isolate;

/**
 * libuv's uv_tcp_t (and uv_pipe_t for a Unix socket path) on a Netty channel:
 * the handle under a net.Socket. Its methods run on the loop thread; the Netty
 * I/O thread only posts what happened (bytes read, end of stream, a finished
 * write) to the loop, so JS always runs on the thread that owns it.
 *
 * <p>Reading is demand driven as in libuv: nothing is read from the kernel
 * before readStart, and readStop switches Netty's auto-read off, so a paused
 * stream leaves the bytes in the kernel and the peer feels the backpressure.
 * Chunks already on their way when JS stopped reading wait here, in order.
 *
 * <p>The handle keeps the loop alive while it is ref'd and active: connecting,
 * reading, writing or shutting down.
 */
public final class SocketHandle {
    /** libuv's UV_EOF, what onread gets at the end of the stream. */
    static final int EOF = -4095;

    private final Isolate isolate;
    private final TcpBinding owner;
    private final boolean unix;

    // Set once: at connect on the loop thread, or before the handle is handed
    // to the loop for an accepted connection.
    private Channel channel;
    private boolean ipv6Socket;

    // loop-thread state
    private Value onread;
    private boolean reading;
    private final HandleRef loopRef;
    private boolean connecting;
    private boolean ended;
    private boolean closed;
    private int pendingWrites;
    private boolean shuttingDown;
    private Value shutdownCallback;
    /** Chunks (byte[]) and the end (Integer status) that arrived while JS was not reading. */
    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private boolean drainScheduled;

    SocketHandle(Isolate isolate, TcpBinding owner, boolean unix) {
        this.isolate = isolate;
        this.loopRef = new HandleRef(isolate.loop());
        this.owner = owner;
        this.unix = unix;
    }

    /** On the I/O thread, for a connection a server accepted: before the loop sees the handle. */
    void attach(Channel accepted, boolean ipv6) {
        this.channel = accepted;
        this.ipv6Socket = ipv6;
        accepted.pipeline().addLast(new Reader());
    }

    /** Connect to an IP literal (JS looked names up); oncomplete(status) follows on the loop. */
    @Export
    public int connect(String address, int port, String localAddress, int localPort, Value oncomplete) {
        if (closed) return -Errno.EBADF;
        if (channel != null) return -Errno.number("EISCONN");
        InetSocketAddress remote;
        InetSocketAddress local = null;
        try {
            InetAddress host = AddressText.parse(address);
            remote = new InetSocketAddress(host, port);
            ipv6Socket = host instanceof Inet6Address;
            if (localAddress != null) local = new InetSocketAddress(AddressText.parse(localAddress), localPort);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return -Errno.EINVAL;
        }
        return startConnect(remote, local, false, oncomplete);
    }

    /** Connect to a Unix socket path. */
    @Export
    public int connectPath(String path, Value oncomplete) {
        if (closed) return -Errno.EBADF;
        if (channel != null) return -Errno.number("EISCONN");
        return startConnect(Transport.get().unixAddress(path), null, true, oncomplete);
    }

    private int startConnect(SocketAddress remote, SocketAddress local, boolean toPath, Value oncomplete) {
        Transport transport = Transport.get();
        Bootstrap bootstrap = new Bootstrap()
                .group(transport.group())
                .channelFactory(transport.socketFactory(toPath, ipv6Socket))
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 0)
                .handler(new Reader());
        // Nagle stays on, as a fresh libuv socket has it (Netty switches it off by default).
        if (!toPath) bootstrap.option(ChannelOption.TCP_NODELAY, false);
        var registered = bootstrap.register();
        channel = registered.channel();
        owner.track(channel);
        connecting = true;
        updateRef();
        ChannelPromise connected = withListener(channel.newPromise(), done -> post(() -> {
            connecting = false;
            updateRef();
            int status = closed ? -Errno.ECANCELED : done.isSuccess() ? 0 : SocketErrors.errno(done.cause());
            call(oncomplete, status);
        }));
        registered.addListener(r -> {
            if (!r.isSuccess()) connected.tryFailure(r.cause());
            else if (local != null) channel.connect(remote, local, connected);
            else channel.connect(remote, connected);
        });
        return 0;
    }

    /** Deliver data to onread(nread, chunk): nread > 0 with the bytes, EOF, or -errno. */
    @Export
    public int readStart(Value onread) {
        if (closed) return -Errno.EBADF;
        this.onread = onread;
        reading = true;
        if (!held.isEmpty()) scheduleDrain();
        else if (channel != null && !ended) setAutoRead(true);
        updateRef();
        return 0;
    }

    @Export
    public int readStop() {
        reading = false;
        if (channel != null && !ended) setAutoRead(false);
        updateRef();
        return 0;
    }

    /**
     * Write bytes [offset, offset+length) of an ArrayBuffer: 0, and
     * oncomplete(status) on the loop once the kernel has them (or they failed);
     * -errno when the write cannot start.
     */
    @Export
    public int write(Value arrayBuffer, int offset, int length, Value oncomplete) {
        if (closed) return -Errno.EBADF;
        if (channel == null) return -Errno.number("ENOTCONN");
        byte[] bytes = new byte[length];
        if (length > 0) arrayBuffer.readBuffer(offset, bytes, 0, length);
        pendingWrites++;
        updateRef();
        channel.writeAndFlush(Unpooled.wrappedBuffer(bytes), withListener(channel.newPromise(), done -> post(() -> {
            int status = closed ? -Errno.ECANCELED : done.isSuccess() ? 0 : SocketErrors.errno(done.cause());
            pendingWrites--;
            if (pendingWrites == 0 && shuttingDown && shutdownCallback != null) startShutdown();
            updateRef();
            call(oncomplete, status);
        })));
        return 0;
    }

    /** End of stream for the peer once the writes queued so far are out; oncomplete(status). */
    @Export
    public int shutdown(Value oncomplete) {
        if (closed) return -Errno.EBADF;
        if (channel == null || shuttingDown) return -Errno.number("ENOTCONN");
        shuttingDown = true;
        shutdownCallback = oncomplete;
        // Netty fails writes still queued when the output shuts, so wait for them.
        if (pendingWrites == 0) startShutdown();
        updateRef();
        return 0;
    }

    private void startShutdown() {
        Value callback = shutdownCallback;
        shutdownCallback = null;
        ChannelPromise done = withListener(channel.newPromise(), f -> post(() -> {
            shuttingDown = false;
            updateRef();
            call(callback, closed ? -Errno.ECANCELED : f.isSuccess() ? 0 : SocketErrors.errno(f.cause()));
        }));
        if (channel instanceof DuplexChannel duplex) duplex.shutdownOutput(done);
        else channel.close(done);
    }

    /** Close (FIN, or RST with {@code reset}); oncomplete() in the loop's close phase. */
    @Export
    public void close(Value oncomplete) {
        closeChannel(false, oncomplete);
    }

    /** resetAndDestroy: SO_LINGER 0, so the peer gets a reset instead of an orderly end. */
    @Export
    public void reset(Value oncomplete) {
        closeChannel(true, oncomplete);
    }

    private void closeChannel(boolean reset, Value oncomplete) {
        if (closed) return;
        closed = true;
        reading = false;
        held.clear();
        updateRef();
        var loop = isolate.loop();
        if (channel == null) {
            loop.onClose(() -> call(oncomplete));
            return;
        }
        if (reset && !unix) {
            try {
                channel.config().setOption(ChannelOption.SO_LINGER, 0);
            } catch (RuntimeException e) {
                // Already closed by the peer: a plain close does.
            }
        }
        ChannelHandles.close(channel, loop, () -> call(oncomplete));
    }

    @Export
    public void ref() {
        loopRef.setRefed(true, active());
    }

    @Export
    public void unref() {
        loopRef.setRefed(false, active());
    }

    @Export
    public boolean hasRef() {
        return loopRef.refed();
    }

    @Export
    public int setNoDelay(boolean enable) {
        if (channel == null || unix || !channel.isOpen()) return 0;
        channel.config().setOption(ChannelOption.TCP_NODELAY, enable);
        return 0;
    }

    /** SO_KEEPALIVE, and with a delay in seconds the idle time before the first probe. */
    @Export
    public int setKeepAlive(boolean enable, int delaySeconds) {
        if (channel == null || unix || !channel.isOpen()) return 0;
        channel.config().setOption(ChannelOption.SO_KEEPALIVE, enable);
        if (enable && delaySeconds > 0 && Transport.get().nativeEpoll()) {
            channel.config().setOption(EpollChannelOption.TCP_KEEPIDLE, delaySeconds);
        }
        return 0;
    }

    /** The local end into out.address/family/port; 0 or -errno. */
    @Export
    public int getsockname(Value out) {
        return describe(channel == null ? null : channel.localAddress(), out);
    }

    @Export
    public int getpeername(Value out) {
        return describe(channel == null ? null : channel.remoteAddress(), out);
    }

    private int describe(SocketAddress address, Value out) {
        if (closed) return -Errno.EBADF;
        if (!(address instanceof InetSocketAddress inet)) return address == null ? -Errno.number("ENOTCONN") : -Errno.EINVAL;
        return ChannelHandles.describe(AddressText.of(inet, ipv6Socket), out);
    }

    @Export
    public int fd() {
        return ChannelHandles.fd(channel);
    }

    /** Bytes waiting in Netty's outbound buffer (node's writeQueueSize). */
    @Export
    public double writeQueueSize() {
        return channel == null ? 0 : channel.unsafe().outboundBuffer() == null ? 0
                : channel.unsafe().outboundBuffer().totalPendingWriteBytes();
    }

    // ---- loop side of the I/O thread's events ----

    private void received(Object item) {
        if (closed || ended) return;
        if (reading && held.isEmpty()) deliver(item);
        else held.add(item);
    }

    private void scheduleDrain() {
        if (drainScheduled) return;
        drainScheduled = true;
        // Not from inside readStart: JS may be in the middle of a push.
        post(() -> {
            drainScheduled = false;
            while (reading && !closed && !held.isEmpty()) deliver(held.poll());
            if (reading && held.isEmpty() && channel != null && !ended && !closed) setAutoRead(true);
        });
    }

    private void deliver(Object item) {
        if (item instanceof byte[] bytes) {
            call(onread, bytes.length, ByteBuffer.wrap(bytes));
        } else {
            ended = true;
            updateRef();
            call(onread, (Integer) item, null);
        }
    }

    /**
     * Switch Netty's auto-read on the I/O thread, and only while the input is
     * open: once Netty has seen the end of the input it has taken the fd out of
     * epoll, and a late toggle (JS had not yet heard of the end) would fail
     * there and close the channel under a write still on its way.
     */
    private void setAutoRead(boolean on) {
        Channel ch = channel;
        ch.eventLoop().execute(() -> {
            boolean inputOpen = !(ch instanceof DuplexChannel duplex && duplex.isInputShutdown());
            if (ch.isOpen() && inputOpen) ch.config().setAutoRead(on);
        });
    }

    /**
     * A promise with its listener attached before the operation starts. Netty
     * notifies such a listener on the I/O thread the moment the operation
     * completes; one added afterwards to an already complete future would be
     * queued behind whatever that thread does next (reading the peer's FIN, say),
     * and the loop would hear of the two in the wrong order.
     */
    private static ChannelPromise withListener(ChannelPromise promise,
            io.netty.util.concurrent.GenericFutureListener<? extends Future<? super Void>> listener) {
        promise.addListener(listener);
        return promise;
    }

    private void post(Runnable task) {
        isolate.loop().post(task);
    }

    private void call(Value fn, Object... args) {
        if (fn != null && fn.canExecute()) isolate.callback(fn, args);
    }

    /** Whether the handle has something under way that keeps the loop alive. */
    private boolean active() {
        return !closed && (connecting || (reading && !ended) || pendingWrites > 0 || shuttingDown);
    }

    private void updateRef() {
        loopRef.update(active());
    }

    /** On the I/O thread: what the channel reads becomes posts to the loop, in order. */
    private final class Reader extends ChannelInboundHandlerAdapter {
        private boolean endPosted;
        /** What this read loop has read so far: one chunk for JS when it completes. */
        private ByteBuf batch;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            if (batch == null) {
                batch = buf;
                return;
            }
            try {
                if (batch.writableBytes() < buf.readableBytes()) {
                    ByteBuf bigger = ctx.alloc().heapBuffer(batch.readableBytes() + buf.readableBytes());
                    bigger.writeBytes(batch);
                    batch.release();
                    batch = bigger;
                }
                batch.writeBytes(buf);
            } finally {
                buf.release();
            }
        }

        /** The end of one read loop (up to 16 reads): its bytes go to the loop as one chunk. */
        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            flushBatch();
        }

        private void flushBatch() {
            if (batch == null) return;
            byte[] bytes;
            try {
                bytes = ByteBufUtil.getBytes(batch);
            } finally {
                batch.release();
                batch = null;
            }
            post(() -> received(bytes));
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof ChannelInputShutdownEvent) end(EOF);
            else ctx.fireUserEventTriggered(event);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            end(SocketErrors.errno(cause));
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            end(EOF);
        }

        private void end(int status) {
            flushBatch();
            if (endPosted) return;
            endPosted = true;
            post(() -> received(status));
        }
    }
}
