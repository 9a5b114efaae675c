package dev.handoff.runtime.inbox;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Kafka consumer class: a record whose processing failed because PostgreSQL was unreachable, or because its
 * transaction was aborted by a deadlock or serialization conflict, is processed again, in place, until it passes (at
 * most {@code handoff.consumer.database-retry.max-duration}), instead of going to the dead-letter topic. Its partition waits meanwhile, so order is kept and nothing acknowledged is dropped.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryWhileDatabaseDown {}
