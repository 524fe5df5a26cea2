package org.pepiniere.embedded;

import java.util.ArrayDeque;
import java.util.Queue;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;

/**
 * Holds the answer to a write on its connection until {@link GroupCommits} wrote the change to the file, so the
 * thread that handled the write goes on with other connections meanwhile.
 * <p>
 * The last handler of the connection's pipeline, where mongo-java-server writes its answers: an answer that
 * follows a held one waits behind it, so answers leave in the order they were given. If the commit fails, the
 * connection is closed: the client learns its write was not acknowledged.
 */
final class HeldAnswers extends ChannelOutboundHandlerAdapter {

    private static final AttributeKey<HeldAnswers> KEY = AttributeKey.valueOf(HeldAnswers.class.getName());

    private final Queue<Answer> held = new ArrayDeque<>();
    private ChannelHandlerContext context;
    /** Whether the next answer written is that of a write not yet committed. */
    private boolean nextWaits;
    /** Writes committed whose answer was not written yet: a commit may be quicker than the answer. */
    private int committedWrites;

    /**
     * Holds the next answer written on {@code channel} until {@code commits} wrote the change just applied.
     * Called on the connection's own thread, before its answer is written.
     */
    static void holdNextAnswer(Channel channel, GroupCommits commits) {
        HeldAnswers answers = channel.attr(KEY).get();
        if (answers == null) {
            answers = new HeldAnswers();
            channel.attr(KEY).set(answers);
            channel.pipeline().addLast(answers);
        }
        answers.nextWaits = true;
        HeldAnswers those = answers;
        commits.applied(failure -> channel.eventLoop().execute(() -> those.committed(failure)));
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        held.add(new Answer(msg, promise, nextWaits));
        nextWaits = false;
        release(false);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        // a held answer is flushed once released
        if (held.isEmpty()) {
            ctx.flush();
        }
    }

    /** A commit covered the oldest write not yet committed, or failed: on the connection's thread. */
    private void committed(RuntimeException failure) {
        if (failure != null) {
            context.close();
        } else {
            committedWrites++;
            release(true);
        }
    }

    /** Writes the answers no longer waiting for a commit, in order. */
    private void release(boolean flush) {
        while (!held.isEmpty() && (!held.peek().waits() || committedWrites > 0)) {
            Answer answer = held.remove();
            if (answer.waits()) {
                committedWrites--;
            }
            context.write(answer.message(), answer.promise());
        }
        if (flush) {
            context.flush();
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        Answer answer;
        while ((answer = held.poll()) != null) {
            ReferenceCountUtil.release(answer.message());
            answer.promise().tryFailure(new IllegalStateException("connection closed before its write was committed"));
        }
    }

    private record Answer(Object message, ChannelPromise promise, boolean waits) {
    }
}
