/* polku-decision-dialog.c: the teacher's decision on one or several review
 * items of one learner's unit (recognised, not recognised, more evidence,
 * with a comment, who and when), or the reopening of a recognised one with
 * its reason. The teacher's name and organisation are remembered for the
 * next decision.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-date-entry.h"
#include "polku-decision-dialog.h"

struct _PolkuDecisionDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkButton       *save_button;
  GtkLabel        *heading_label;
  GtkLabel        *summary_label;
  GtkWidget       *decision_group;
  GtkCheckButton  *recognised_check;
  GtkCheckButton  *not_recognised_check;
  GtkCheckButton  *more_evidence_check;
  AdwPreferencesGroup *comment_group;
  GtkTextView     *comment_view;
  AdwPreferencesGroup *teacher_group;
  AdwEntryRow     *name_row;
  AdwEntryRow     *organisation_row;
  GtkWidget       *date_row;
  PolkuDateEntry  *date_entry;
  GtkLabel        *error_label;

  /* Owned */
  PolkuContext    *context;
  GPtrArray       *items;     /* PolkuReviewItem */
  gboolean         reopen;
};

G_DEFINE_FINAL_TYPE (PolkuDecisionDialog, polku_decision_dialog, ADW_TYPE_WINDOW)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Auxiliary methods */

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strstrip (g_steal_pointer (&text));
}

static PolkuTeacherDecision
chosen_decision (PolkuDecisionDialog *self)
{
  if (gtk_check_button_get_active (self->recognised_check))
    return POLKU_TEACHER_DECISION_RECOGNISED;
  if (gtk_check_button_get_active (self->not_recognised_check))
    return POLKU_TEACHER_DECISION_NOT_RECOGNISED;
  if (gtk_check_button_get_active (self->more_evidence_check))
    return POLKU_TEACHER_DECISION_MORE_EVIDENCE;
  return POLKU_TEACHER_DECISION_NONE;
}

static gboolean
has_text (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy != '\0';
}

static void
update_cb (PolkuDecisionDialog *self)
{
  gboolean ok = has_text (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  if (self->reopen)
    {
      g_autofree char *reason = dup_text (self->comment_view);

      ok = ok && *reason != '\0';
    }
  else
    ok = ok && chosen_decision (self) != POLKU_TEACHER_DECISION_NONE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), ok);
}

static void
show_error (PolkuDecisionDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
swedish (PolkuDecisionDialog *self)
{
  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish");
}

static void
fill (PolkuDecisionDialog *self)
{
  PolkuReviewItem *first = g_ptr_array_index (self->items, 0);
  const PolkuReviewItemRecord *record = polku_review_item_get_record (first);
  g_autofree char *unit = polku_review_item_dup_unit_title (first, swedish (self));
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (self->items->len == 1)
    heading = g_strdup (polku_review_item_get_text (first, swedish (self)));
  else
    /* Translators: the heading of the decision dialog for several requirements at once. */
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement", "%u requirements", self->items->len),
                               self->items->len);
  /* Translators: under the heading of the decision dialog: the learner's name and the unit. */
  summary = g_strdup_printf (_("%s · %s"), record->learner_name, unit);
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->summary_label, summary);

  polku_date_entry_set_date (self->date_entry, today);
}

/* Callbacks */

static void
save_clicked_cb (PolkuDecisionDialog *self)
{
  GSettings *settings = polku_context_get_settings (self->context);
  PolkuStore *store = polku_context_get_store (self->context);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *organisation = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organisation_row))));
  g_autofree char *comment = dup_text (self->comment_view);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return;

  if (self->reopen)
    {
      PolkuReviewItem *item = g_ptr_array_index (self->items, 0);

      ok = polku_store_reopen_competence (store, polku_review_item_get_learner_id (item),
                                          polku_review_item_get_requirement_id (item), comment, name, &error);
    }
  else
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      PolkuReviewItem *first = g_ptr_array_index (self->items, 0);

      polku_date_entry_commit (self->date_entry);
      if (!polku_date_entry_get_valid (self->date_entry))
        {
          show_error (self, _("Give the date of the decision as day.month.year."));
          return;
        }

      for (guint i = 0; i < self->items->len; i++)
        {
          gint64 id = polku_review_item_get_requirement_id (g_ptr_array_index (self->items, i));

          g_array_append_val (ids, id);
        }

      ok = polku_store_record_teacher_decisions (store, polku_review_item_get_learner_id (first),
                                                 (const gint64 *) ids->data, ids->len, chosen_decision (self),
                                                 comment, name, organisation,
                                                 polku_date_entry_get_date (self->date_entry), &error);
      if (ok)
        g_settings_set_string (settings, "teacher-organisation", organisation);
    }

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  g_settings_set_string (settings, "teacher-name", name);
  g_signal_emit (self, signals [RECORDED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
comment_changed_cb (PolkuDecisionDialog *self)
{
  update_cb (self);
}

/* GObject */

static void
polku_decision_dialog_dispose (GObject *object)
{
  PolkuDecisionDialog *self = (PolkuDecisionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_DECISION_DIALOG);
  g_clear_object (&self->context);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_decision_dialog_parent_class)->dispose (object);
}

static void
polku_decision_dialog_class_init (PolkuDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_decision_dialog_dispose;

  /* After the decision (or reopening) is in the store, before the dialog closes. */
  signals [RECORDED] =
    g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, decision_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, recognised_check);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, not_recognised_check);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, more_evidence_check);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, comment_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, comment_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, teacher_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuDecisionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "activate-default", NULL);

  g_type_ensure (POLKU_TYPE_DATE_ENTRY);
}

static void
polku_decision_dialog_init (PolkuDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->comment_view), "changed",
                            G_CALLBACK (comment_changed_cb), self);
}

static PolkuDecisionDialog *
dialog_new (PolkuContext     *context,
            PolkuReviewItem **items,
            guint             n_items)
{
  PolkuDecisionDialog *self = g_object_new (POLKU_TYPE_DECISION_DIALOG, NULL);
  GSettings *settings = polku_context_get_settings (context);
  g_autofree char *name = g_settings_get_string (settings, "teacher-name");
  g_autofree char *organisation = g_settings_get_string (settings, "teacher-organisation");

  self->context = g_object_ref (context);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (self->items, g_object_ref (items[i]));

  fill (self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), organisation);
  return self;
}

/**
 * polku_decision_dialog_new:
 * @items: (array length=n_items): review items of one learner
 *
 * Returns: (transfer floating): a dialog that records one decision for all
 *   of @items in one transaction
 */
GtkWidget *
polku_decision_dialog_new (PolkuContext     *context,
                           PolkuReviewItem **items,
                           guint             n_items)
{
  PolkuDecisionDialog *self;

  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (items != NULL && n_items > 0, NULL);

  self = dialog_new (context, items, n_items);
  gtk_widget_grab_focus (GTK_WIDGET (self->recognised_check));
  update_cb (self);
  return GTK_WIDGET (self);
}

/**
 * polku_decision_dialog_new_reopen:
 *
 * Returns: (transfer floating): a dialog that reopens the recognised @item,
 *   asking for the reason
 */
GtkWidget *
polku_decision_dialog_new_reopen (PolkuContext    *context,
                                  PolkuReviewItem *item)
{
  PolkuDecisionDialog *self;

  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (item), NULL);

  self = dialog_new (context, &item, 1);
  self->reopen = TRUE;
  gtk_window_set_title (GTK_WINDOW (self), _("Reopen Recognition"));
  gtk_button_set_label (self->save_button, _("_Reopen"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->save_button), "suggested-action");
  gtk_widget_add_css_class (GTK_WIDGET (self->save_button), "destructive-action");
  gtk_widget_set_visible (self->decision_group, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_row), FALSE);
  gtk_widget_set_visible (self->date_row, FALSE);
  adw_preferences_group_set_title (self->comment_group, _("Reason"));
  adw_preferences_group_set_description (self->comment_group,
                                         _("Why is the recognition reopened? The reason is kept in the "
                                           "competence’s history."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->comment_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_preferences_group_set_title (self->teacher_group, _("Reopened By"));
  gtk_widget_grab_focus (GTK_WIDGET (self->comment_view));
  update_cb (self);
  return GTK_WIDGET (self);
}

void
polku_decision_dialog_set_decision (PolkuDecisionDialog  *self,
                                    PolkuTeacherDecision  decision)
{
  g_return_if_fail (POLKU_IS_DECISION_DIALOG (self));

  gtk_check_button_set_active (self->recognised_check, decision == POLKU_TEACHER_DECISION_RECOGNISED);
  gtk_check_button_set_active (self->not_recognised_check, decision == POLKU_TEACHER_DECISION_NOT_RECOGNISED);
  gtk_check_button_set_active (self->more_evidence_check, decision == POLKU_TEACHER_DECISION_MORE_EVIDENCE);
}
