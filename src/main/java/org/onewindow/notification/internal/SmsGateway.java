package org.onewindow.notification.internal;

/** Sends an SMS through whatever gateway the hall has a contract with. */
interface SmsGateway {

    void send(String mobile, String text) throws Exception;
}
