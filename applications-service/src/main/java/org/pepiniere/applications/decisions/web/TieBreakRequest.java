package org.pepiniere.applications.decisions.web;

import org.jspecify.annotations.Nullable;

/** @param seats how many applications the call admits: the cut is after the last of them */
record TieBreakRequest(@Nullable Integer seats) {
}
