package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.shared.model.WaitStatus;

/** Reading a stored wait status: rows written before statuses existed hold none, which was a measured wait. */
final class AnnouncedRows {
    private AnnouncedRows() {}

    static WaitStatus status(String column) {
        return column == null ? WaitStatus.ESTIMATED : WaitStatus.valueOf(column);
    }
}
