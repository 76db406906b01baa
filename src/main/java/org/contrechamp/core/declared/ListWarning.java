package org.contrechamp.core.declared;

import org.contrechamp.core.common.Problem;

/**
 * Something wrong on one line of a list: the line was {@code skipped} (it could not be read as a
 * row), or read with the field named by the problem left out.
 */
public record ListWarning(int line, Problem problem, boolean skipped) {
}
