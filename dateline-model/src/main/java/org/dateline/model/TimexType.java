package org.dateline.model;

/** The TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
