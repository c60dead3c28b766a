package org.onewindow.directory.internal;

import org.onewindow.directory.NewStaffMember;

/**
 * The one place a checked staff row becomes the command that opens an account. Today's {@link NewStaffMember} has
 * one display name and no mobile: the Chinese name is the display name, and the English name and the mobile are
 * read and checked but not kept yet. When staff accounts get both names and a mobile, only this mapping changes.
 */
final class StaffRowCommand {

    private StaffRowCommand() {
    }

    static NewStaffMember toCommand(StaffRow row) {
        return new NewStaffMember(row.username(), row.nameZh(), row.password(), row.roles(), row.departmentCodes(),
                row.email().isEmpty() ? null : row.email());
    }
}
