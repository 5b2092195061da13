package io.frontdesk.booking.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of results: the items, which page of what size it is (pages count from 1), and the total count. */
public record Page<T>(List<T> items, int page, int limit, long total) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (page < 1 || limit < 1 || total < 0) {
            throw new IllegalArgumentException("page and limit start at 1, total at 0");
        }
    }

    /** How many pages of {@code limit} items the total fills; 0 when there is nothing. */
    public int totalPages() {
        return (int) ((total + limit - 1) / limit);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, limit, total);
    }
}
