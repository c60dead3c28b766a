package org.onewindow.directory.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.onewindow.directory.StaffAccountRow;
import org.onewindow.directory.StaffAccountService;
import org.onewindow.directory.StaffDeactivation;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Confirms deactivating or reactivating a staff account. When the change has something to tell beyond "done" (a
 * department left without a head, the steps returned), the dialog stays open and says it; a refusal stays in the
 * dialog until the administrator closes it.
 */
final class StaffStateDialog extends Dialog {

    static StaffStateDialog deactivate(StaffAccountService accounts, StaffAccountRow member, Runnable changed) {
        StaffStateDialog dialog = new StaffStateDialog("deactivate", () -> accounts.deactivate(member.username()),
                changed);
        dialog.describe(dialog.getTranslation("directory.staff.deactivateTitle", member.username()),
                dialog.getTranslation("directory.staff.deactivateText"),
                dialog.getTranslation("directory.staff.deactivate"),
                done -> dialog.getTranslation("directory.staff.deactivated", member.username()));
        return dialog;
    }

    static StaffStateDialog reactivate(StaffAccountService accounts, StaffAccountRow member, Runnable changed) {
        StaffStateDialog dialog = new StaffStateDialog("reactivate",
                () -> new StaffDeactivation(accounts.reactivate(member.username()), List.of()), changed);
        dialog.describe(dialog.getTranslation("directory.staff.reactivateTitle", member.username()),
                dialog.getTranslation("directory.staff.reactivateText"),
                dialog.getTranslation("directory.staff.reactivate"),
                done -> dialog.getTranslation("directory.staff.reactivated", member.username()));
        return dialog;
    }

    private final transient Supplier<StaffDeactivation> command;
    private final Runnable changed;
    private final Paragraph text = new Paragraph();
    private final Paragraph message;
    private final Div notes = new Div();
    private final Button confirm = new Button();
    private final Button cancel = new Button(getTranslation("directory.staff.cancel"), click -> close());

    private StaffStateDialog(String what, Supplier<StaffDeactivation> command, Runnable changed) {
        this.command = command;
        this.changed = changed;
        setId("staff-" + what + "-dialog");
        message = FormErrors.messageLine(new Paragraph(), "staff-" + what + "-message");
        notes.setId("staff-" + what + "-notes");
        add(text, message, notes);
        confirm.setId("staff-" + what + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("staff-" + what + "-cancel");
        getFooter().add(cancel, confirm);
    }

    private void describe(String title, String explanation, String action, Function<StaffDeactivation, String> done) {
        setHeaderTitle(title);
        text.setText(explanation);
        confirm.setText(action);
        confirm.addClickListener(click -> confirm(done));
    }

    private void confirm(Function<StaffDeactivation, String> done) {
        try {
            StaffDeactivation result = command.get();
            Notices.done(done.apply(result));
            if (result.notes().isEmpty()) {
                close();
            } else {
                result.notes().forEach(note -> notes.add(new Paragraph(note)));
                confirm.setVisible(false);
                cancel.setText(getTranslation("directory.staff.close"));
            }
        } catch (BusinessRuleException | NotFoundException refused) {
            // Why it cannot be done stays in the dialog until the administrator closes it.
            message.setText(refused.getMessage());
            message.setVisible(true);
            confirm.setEnabled(false);
        }
        changed.run();
    }
}
