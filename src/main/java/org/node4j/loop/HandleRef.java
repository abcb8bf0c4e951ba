package org.node4j.loop;

/**
 * One handle's share in keeping the loop alive, as libuv counts it: a handle
 * holds the loop while it is ref'd (uv_ref/uv_unref) and active (reading,
 * listening, writing...). Handles say what they are doing through
 * {@link #update}; the loop's count changes only when the answer does.
 */
public final class HandleRef {
    private final Loop loop;
    private boolean refed = true;
    private boolean counted;

    public HandleRef(Loop loop) {
        this.loop = loop;
    }

    public boolean refed() {
        return refed;
    }

    /** uv_ref/uv_unref, with whether the handle is active now. */
    public void setRefed(boolean refed, boolean active) {
        this.refed = refed;
        update(active);
    }

    /** The handle is (or is no longer) active: one ref on the loop while also ref'd. */
    public void update(boolean active) {
        boolean want = refed && active;
        if (want == counted) return;
        counted = want;
        if (want) loop.ref();
        else loop.unref();
    }
}
