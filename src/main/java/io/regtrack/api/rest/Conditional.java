package io.regtrack.api.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks single-resource GETs answered with a strong {@code ETag} and, for a matching {@code
 * If-None-Match}, {@code 304 Not Modified} (see {@link ETagFilter}).
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@interface Conditional {}
