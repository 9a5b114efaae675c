package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.application.port.in.AcceptEndProposalUseCase;
import dev.handoff.handoff.application.port.in.EndVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.LeaveMessageUseCase;
import dev.handoff.handoff.application.port.in.OpenVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.PostVisitorMessageUseCase;
import dev.handoff.handoff.application.port.in.RateChatUseCase;
import dev.handoff.handoff.application.port.in.SignalVisitorTypingUseCase;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase;

/** The use cases a visitor socket drives. */
record VisitorPorts(
        OpenVisitorChatUseCase open,
        PostVisitorMessageUseCase post,
        SignalVisitorTypingUseCase typing,
        EndVisitorChatUseCase end,
        WatchVisitorFeedUseCase watch,
        RateChatUseCase rate,
        AcceptEndProposalUseCase confirmEnd,
        LeaveMessageUseCase leave) {}
