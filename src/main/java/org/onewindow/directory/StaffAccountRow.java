package org.onewindow.directory;

import java.time.Instant;

/** A row of the administrators' staff list: the account and when it last signed in ({@code null}: never). */
public record StaffAccountRow(StaffMember member, Instant lastSignIn) {
}
