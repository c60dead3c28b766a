package org.onewindow.casework.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.onewindow.casework.Consultation;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.casework.Transfer;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * A step's question to another department: the department picked from the others, and what the command needs
 * besides. One dialog for asking a department's opinion ({@link Consultation}) and for sending the step to the
 * department it belongs to ({@link Transfer}); the service validates either command once.
 *
 * @param <C> the command the dialog fills in
 */
class DepartmentPickerDialog<C extends Record> extends Dialog {

    final Select<Department> department = new Select<>();
    /** Refusals no field shows. */
    final Paragraph message = new Paragraph();
    final Binder<C> binder;

    private DepartmentPickerDialog(String idPrefix, String title, String departmentLabel, String chooseDepartment,
            List<Department> departments, Class<C> command, DirectoryService directory) {
        setHeaderTitle(title);
        setId(idPrefix + "-dialog");
        binder = new Binder<>(command);
        department.setLabel(departmentLabel);
        department.setId(idPrefix + "-department");
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        binder.forField(department).asRequired(chooseDepartment)
                .withConverter(Department::code, code -> code == null ? null : directory.department(code).orElse(null))
                .bind("departmentCode");
        FormErrors.messageLine(message, idPrefix + "-message");
    }

    /** Asking another department's opinion, from the lead department's review or decision. */
    static DepartmentPickerDialog<Consultation> consultation(TaskWorkService work, DirectoryService directory,
            InboxTask task, Consumer<Department> asked) {
        DepartmentPickerDialog<Consultation> dialog = new DepartmentPickerDialog<>("consult",
                translate("casework.consult.title"), translate("casework.consult.department"),
                translate("casework.consult.chooseDepartment"), otherDepartments(directory, task), Consultation.class,
                directory);
        TextArea question = new TextArea(translate("casework.consult.question"));
        question.setId("consult-question");
        question.setWidthFull();
        question.setMaxLength(Consultation.MAX_QUESTION_LENGTH);
        IntegerField days = new IntegerField(translate("casework.consult.days"));
        days.setId("consult-days");
        days.setMin(Consultation.MIN_WORKING_DAYS);
        days.setMax(Consultation.MAX_WORKING_DAYS);
        days.setValue(3);
        dialog.binder.forField(question).bind("question");
        dialog.binder.forField(days).asRequired(translate("casework.consult.chooseDepartment")).bind("workingDays");
        dialog.build(translate("casework.consult.ask"), "consult-confirm",
                consultation -> work.requestConsultation(task.taskId(), consultation), asked, question, days);
        return dialog;
    }

    /** Sending a step that reached the wrong department to the one it belongs to. */
    static DepartmentPickerDialog<Transfer> transfer(TaskWorkService work, DirectoryService directory, InboxTask task,
            Consumer<Department> transferred) {
        DepartmentPickerDialog<Transfer> dialog = new DepartmentPickerDialog<>("transfer",
                translate("casework.transfer.title", StepNames.of(task.taskKey(), task.taskName())),
                translate("casework.transfer.department"), translate("casework.transfer.chooseDepartment"),
                otherDepartments(directory, task), Transfer.class, directory);
        TextArea reason = new TextArea(translate("casework.transfer.reason"));
        reason.setId("transfer-reason");
        reason.setWidthFull();
        reason.setMaxLength(Transfer.MAX_REASON_LENGTH);
        dialog.binder.forField(reason).bind("reason");
        dialog.build(translate("casework.transfer.confirm"), "transfer-confirm",
                transfer -> work.transfer(task.taskId(), transfer), transferred, reason);
        return dialog;
    }

    private void build(String confirmLabel, String confirmId, Consumer<C> sender, Consumer<Department> done,
            Component... fields) {
        Button confirm = new Button(confirmLabel, e -> send(sender, done));
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(department);
        form.add(fields);
        form.add(message);
        add(form);
        getFooter().add(new Button(getTranslation("casework.common.cancel"), e -> close()), confirm);
    }

    private void send(Consumer<C> sender, Consumer<Department> done) {
        message.setVisible(false);
        try {
            C command = binder.writeRecord();
            Department chosen = department.getValue();
            sender.accept(command);
            close();
            done.accept(chosen);
        } catch (ValidationException notSent) {
            // The binder marked the fields it refused itself.
        } catch (InvalidInputException refused) {
            showUnplaced(FormErrors.show(binder, refused));
        } catch (BusinessRuleException | NotFoundException | AccessDeniedException refused) {
            showUnplaced(Map.of("", refused.getMessage()));
        }
    }

    private void showUnplaced(Map<String, String> unplaced) {
        if (!unplaced.isEmpty()) {
            message.setText(String.join(" ", unplaced.values()));
            message.setVisible(true);
        }
    }

    private static List<Department> otherDepartments(DirectoryService directory, InboxTask task) {
        return directory.activeDepartments().stream().filter(d -> !d.code().equals(task.candidateGroup())).toList();
    }

    private static String translate(String key, Object... arguments) {
        return com.vaadin.flow.i18n.I18NProvider.translate(key, arguments);
    }
}
