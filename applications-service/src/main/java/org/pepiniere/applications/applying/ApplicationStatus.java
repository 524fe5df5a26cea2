package org.pepiniere.applications.applying;

public enum ApplicationStatus {
    DRAFT, SUBMITTED
}
