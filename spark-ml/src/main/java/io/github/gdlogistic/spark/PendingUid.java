package io.github.gdlogistic.spark;

/**
 * The uid of an estimator or model under construction. Spark's Scala superclasses create their params inside their
 * constructors and ask for {@code uid()} there, before a Java subclass has set its own field; the subclass's
 * constructor parks the uid here first ({@code this(PendingUid.hold(uid), true)}) and its {@code uid()} answers from
 * here until the field is set.
 */
final class PendingUid {

    private static final ThreadLocal<String> PENDING = new ThreadLocal<>();

    private PendingUid() {
    }

    /** @return {@code uid}, parked for the superclass constructors of this thread */
    static String hold(String uid) {
        PENDING.set(uid);
        return uid;
    }

    /** @return the parked uid */
    static String current() {
        return PENDING.get();
    }

    /** Forgets the parked uid once the constructor has set its field. */
    static void release() {
        PENDING.remove();
    }
}
