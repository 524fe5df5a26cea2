package org.pepiniere.applications.decisions.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

record CallDecisionsView(String callId, List<DecisionView> decisions, @Nullable TieBreakView tieBreak) {
}
