package org.onewindow.exchange;

/** A callback whose signature or timestamp does not authenticate the provincial platform (answered 401). */
public class CallbackRefusedException extends RuntimeException {

    public CallbackRefusedException(String message) {
        super(message);
    }
}
