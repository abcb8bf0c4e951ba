package org.node4j.binding;

import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import org.node4j.loop.Loop;
import org.node4j.udp.UdpErrors;

/**
 * The inbound end of a UDP channel, on Netty's I/O thread. Each datagram is
 * copied once out of its ByteBuf, which is released right here (this handler is
 * the last owner of every message it sees), and the copy waits in a queue until
 * the loop thread takes it.
 *
 * <p>The queue is bounded in effect: past {@link #HIGH} waiting datagrams the
 * channel stops reading, so a slow JS consumer leaves datagrams in the kernel's
 * receive buffer (which drops what overflows, as with libuv) instead of growing
 * the heap; {@link #taken} resumes reading once JS has caught up.
 */
final class UdpReceiver extends ChannelInboundHandlerAdapter {
    /** One receive result: a datagram (status = its size) or a read error (status = -errno). */
    record Received(int status, byte[] data, InetSocketAddress sender) {}

    static final int HIGH = 1024;
    static final int LOW = 256;

    private final Loop loop;
    private final Runnable drain;
    private final ConcurrentLinkedQueue<Received> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    /** A drain task is posted to the loop and has not started yet. */
    private final AtomicBoolean drainPosted = new AtomicBoolean();
    /** Reading stopped because the queue is full (not because JS stopped receiving). */
    private volatile boolean paused;

    /** @param drain runs on the loop thread to take what is queued */
    UdpReceiver(Loop loop, Runnable drain) {
        this.loop = loop;
        this.drain = drain;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof DatagramPacket packet)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        Received received;
        try {
            byte[] data = ByteBufUtil.getBytes(packet.content());
            received = new Received(data.length, data, packet.sender());
        } finally {
            packet.release();
        }
        offer(received);
        if (size.get() >= HIGH) {
            paused = true;
            ctx.channel().config().setAutoRead(false);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Netty keeps a datagram channel open after a failed read (ECONNREFUSED on a
        // connected socket, say); Node reports it as an 'error' and goes on too.
        offer(new Received(UdpErrors.errno(cause), null, null));
    }

    private void offer(Received received) {
        queue.add(received);
        size.incrementAndGet();
        schedule();
    }

    /** From any thread: make sure a drain runs on the loop soon. */
    void schedule() {
        if (!queue.isEmpty() && drainPosted.compareAndSet(false, true)) {
            loop.post(drain);
        }
    }

    /** On the loop thread, first thing in a drain: later arrivals post a new one. */
    void drainStarted() {
        drainPosted.set(false);
    }

    /** On the loop thread: the next waiting result, or null. */
    Received take() {
        Received r = queue.poll();
        if (r != null) size.decrementAndGet();
        return r;
    }

    /** On the loop thread, after a drain: resume reading if the queue was full and is not any more. */
    void taken(Channel channel, boolean receiving) {
        if (paused && receiving && size.get() < LOW) {
            paused = false;
            channel.config().setAutoRead(true);
        }
    }

    boolean paused() {
        return paused;
    }

    /** The handle closed: what was never delivered is dropped. */
    void clear() {
        queue.clear();
        size.set(0);
    }
}
