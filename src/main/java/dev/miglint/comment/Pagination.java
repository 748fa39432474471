package dev.miglint.comment;

/** Limits of listing comments page by page. */
final class Pagination {
    /** 100 pages of 100: a pull request with more comments than that is not worth a longer wait. */
    static final int MAX_PAGES = 100;

    private Pagination() {
    }
}
