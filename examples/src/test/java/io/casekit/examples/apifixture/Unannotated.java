package io.casekit.examples.apifixture;

/** A public type without {@code @API}: the architecture test checks that its stability rule rejects it. */
public final class Unannotated {

    private Unannotated() {}
}
