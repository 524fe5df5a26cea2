package org.pepiniere.deploy.browser;

/** The viewports a journey runs at: a laptop's, and a phone's width. */
public enum Screen {
    DESKTOP(1280, 800, false),
    PHONE(375, 740, true);

    private final int width;
    private final int height;
    private final boolean mobile;

    Screen(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Whether the browser behaves as a phone's: the viewport meta tag counts and touch events exist. */
    public boolean mobile() {
        return mobile;
    }
}
