package org.onewindow.open311.web;

/** The arguments of GET requests as they came; blank ones are {@code null}. */
record RequestQuery(String jurisdictionId, String serviceRequestIds, String serviceCodes, String startDate,
        String endDate, String status) {
}
