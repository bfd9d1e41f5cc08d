/* polku-agreement-editor.c: one cooperation agreement, every field saved as
 * soon as the user is done with it (a pause in typing, Enter, leaving the
 * field, picking from a list). A refused edit (an end before the start) says
 * why in a toast and the field shows the saved value again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-agreement-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-agreement-editor.h"
#include "polku-autosave.h"
#include "polku-catalogue-format.h"
#include "polku-date-entry.h"
#include "polku-dialogs.h"
#include "polku-peruste-list.h"
#include "polku-provider-list.h"
#include "polku-workshop-list.h"

struct _PolkuAgreementEditor
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkWidget          *box;
  GtkLabel           *heading_label;
  GtkWidget          *expiry_badge;
  GtkImage           *expiry_icon;
  GtkLabel           *expiry_label;
  AdwEntryRow        *title_row;
  AdwComboRow        *kind_row;
  AdwComboRow        *provider_row;
  AdwComboRow        *workshop_row;
  PolkuDateEntry     *signed_on_entry;
  PolkuDateEntry     *valid_from_entry;
  PolkuDateEntry     *valid_to_entry;
  GtkMenuButton      *add_peruste_button;
  GtkPopover         *peruste_popover;
  GtkSearchEntry     *peruste_search;
  GtkListBox         *peruste_choices;
  GtkListBox         *perusteet_list;
  AdwEntryRow        *document_row;
  GtkButton          *open_document_button;
  GtkTextView        *notes_view;
  GtkSwitch          *archived_switch;

  /* Owned */
  PolkuContext       *context;
  PolkuAgreement     *agreement;
  GListModel         *providers;
  PolkuWorkshopList  *workshops;
  PolkuPerusteList   *perusteet;
  GArray             *provider_ids;   /* gint64, by combo position */
  GArray             *workshop_ids;
  GCancellable       *cancellable;
  gboolean            updating;       /* showing the model: not an edit */
};

G_DEFINE_FINAL_TYPE (PolkuAgreementEditor, polku_agreement_editor, GTK_TYPE_WIDGET)

enum {
  BACK,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void refresh (PolkuAgreementEditor *self);

/* Auxiliary methods */

/* After a refused edit the field shows what is saved. */
static void
report (PolkuAgreementEditor  *self,
        gboolean               ok,
        GError               **error)
{
  if (ok)
    return;

  polku_show_toast (GTK_WIDGET (self), (*error)->message);
  refresh (self);
}

static const char *
current_language (PolkuAgreementEditor *self)
{
  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

static guint
position_of (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static void
rebuild_choice_model (AdwComboRow *row,
                      GArray      *ids,
                      const char  *none_label,
                      GListModel  *items,
                      const char  *(*get_name) (gpointer),
                      gint64       (*get_id) (gpointer))
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = items != NULL ? g_list_model_get_n_items (items) : 0;
  gint64 none = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, none_label);
  g_array_append_val (ids, none);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      gint64 id = get_id (item);

      gtk_string_list_append (names, get_name (item));
      g_array_append_val (ids, id);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
rebuild_providers (PolkuAgreementEditor *self)
{
  gboolean updating = self->updating;

  self->updating = TRUE;
  rebuild_choice_model (self->provider_row, self->provider_ids, _("None"), self->providers,
                        (const char *(*) (gpointer)) polku_provider_get_name,
                        (gint64 (*) (gpointer)) polku_provider_get_id);
  if (self->agreement != NULL)
    adw_combo_row_set_selected (self->provider_row,
                                position_of (self->provider_ids, polku_agreement_get_provider_id (self->agreement)));
  self->updating = updating;
}

static void
rebuild_workshops (PolkuAgreementEditor *self)
{
  gboolean updating = self->updating;

  self->updating = TRUE;
  rebuild_choice_model (self->workshop_row, self->workshop_ids, _("The whole organisation"),
                        G_LIST_MODEL (self->workshops),
                        (const char *(*) (gpointer)) polku_workshop_get_name,
                        (gint64 (*) (gpointer)) polku_workshop_get_id);
  if (self->agreement != NULL)
    adw_combo_row_set_selected (self->workshop_row,
                                position_of (self->workshop_ids, polku_agreement_get_workshop_id (self->agreement)));
  self->updating = updating;
}

static gint64 *
dup_peruste_ids (PolkuAgreementEditor *self,
                 guint                *n_ids)
{
  const GPtrArray *perusteet = polku_agreement_get_perusteet (self->agreement);
  gint64 *ids = g_new0 (gint64, (perusteet != NULL ? perusteet->len : 0) + 1);

  *n_ids = 0;
  for (guint i = 0; perusteet != NULL && i < perusteet->len; i++)
    {
      const PolkuPerusteRefRecord *ref = g_ptr_array_index (perusteet, i);

      ids[(*n_ids)++] = ref->peruste_id;
    }
  return ids;
}

static void
remove_peruste_cb (GtkButton            *button,
                   PolkuAgreementEditor *self)
{
  gint64 remove = *(gint64 *) g_object_get_data (G_OBJECT (button), "peruste-id");
  g_autofree gint64 *ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ids, kept = 0;

  ids = dup_peruste_ids (self, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] != remove)
      ids[kept++] = ids[i];

  report (self, polku_agreement_set_perusteet (self->agreement, ids, kept, &error), &error);
}

static void
rebuild_perusteet_list (PolkuAgreementEditor *self)
{
  const GPtrArray *perusteet = polku_agreement_get_perusteet (self->agreement);
  GtkListBoxRow *old;

  while ((old = gtk_list_box_get_row_at_index (self->perusteet_list, 0)) != NULL)
    gtk_list_box_remove (self->perusteet_list, GTK_WIDGET (old));

  for (guint i = 0; perusteet != NULL && i < perusteet->len; i++)
    {
      const PolkuPerusteRefRecord *ref = g_ptr_array_index (perusteet, i);
      const char *name = polku_catalogue_pick_text (ref->nimi_fi, ref->nimi_sv, current_language (self));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *label = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : ref->diaarinumero);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ref->diaarinumero);

      /* Translators: a button's accessible name; %s is a qualification. */
      label = g_strdup_printf (_("Remove %s"), name != NULL ? name : ref->diaarinumero);
      gtk_widget_set_tooltip_text (remove, _("Remove from the agreement"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data_full (G_OBJECT (remove), "peruste-id", g_memdup2 (&ref->peruste_id, sizeof (gint64)), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_peruste_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->perusteet_list, row);
    }
}

static gboolean
covers_peruste (PolkuAgreementEditor *self,
                gint64                peruste_id)
{
  const GPtrArray *perusteet = polku_agreement_get_perusteet (self->agreement);

  for (guint i = 0; perusteet != NULL && i < perusteet->len; i++)
    if (((const PolkuPerusteRefRecord *) g_ptr_array_index (perusteet, i))->peruste_id == peruste_id)
      return TRUE;
  return FALSE;
}

/* The popover's choices: the catalogue, less what is chosen, matching the search. */
static void
rebuild_choices (PolkuAgreementEditor *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->peruste_search));
  g_autofree char *needle = g_utf8_casefold (query, -1);
  guint n = self->perusteet != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->perusteet)) : 0;
  GtkListBoxRow *old;

  while ((old = gtk_list_box_get_row_at_index (self->peruste_choices, 0)) != NULL)
    gtk_list_box_remove (self->peruste_choices, GTK_WIDGET (old));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuPeruste) peruste = g_list_model_get_item (G_LIST_MODEL (self->perusteet), i);
      g_autofree char *name = g_utf8_casefold (polku_peruste_get_name (peruste), -1);
      g_autofree char *diaari = g_utf8_casefold (polku_peruste_get_diaarinumero (peruste), -1);
      GtkWidget *row, *box, *title, *subtitle;
      gint64 id = polku_peruste_get_id (peruste);

      if (covers_peruste (self, id) || (strstr (name, needle) == NULL && strstr (diaari, needle) == NULL))
        continue;

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      title = gtk_label_new (polku_peruste_get_name (peruste));
      subtitle = gtk_label_new (polku_peruste_get_diaarinumero (peruste));
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
      gtk_widget_add_css_class (subtitle, "caption");
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), subtitle);

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "peruste-id", g_memdup2 (&id, sizeof (gint64)), g_free);
      gtk_list_box_append (self->peruste_choices, row);
    }
}

static void
update_expiry (PolkuAgreementEditor *self)
{
  PolkuExpiryState state = polku_agreement_get_expiry_state (self->agreement);
  int days = polku_agreement_get_days_left (self->agreement);
  g_autofree char *text = NULL;

  gtk_widget_remove_css_class (self->expiry_badge, "agreement-expiring");
  gtk_widget_remove_css_class (self->expiry_badge, "agreement-expired");

  if (polku_agreement_get_archived (self->agreement) || state == POLKU_EXPIRY_OK)
    {
      gtk_widget_set_visible (self->expiry_badge, FALSE);
      return;
    }

  if (state == POLKU_EXPIRY_EXPIRED)
    {
      /* Translators: an agreement's state; %d is a number of days. */
      text = g_strdup_printf (ngettext ("Ended %d day ago", "Ended %d days ago", -days), -days);
      gtk_widget_add_css_class (self->expiry_badge, "agreement-expired");
      gtk_image_set_from_icon_name (self->expiry_icon, "dialog-error-symbolic");
    }
  else
    {
      if (days == 0)
        text = g_strdup (_("Ends today"));
      else
        /* Translators: an agreement's state; %d is a number of days. */
        text = g_strdup_printf (ngettext ("Ends in %d day", "Ends in %d days", days), days);
      gtk_widget_add_css_class (self->expiry_badge, "agreement-expiring");
      gtk_image_set_from_icon_name (self->expiry_icon, "dialog-warning-symbolic");
    }

  gtk_label_set_label (self->expiry_label, text);
  gtk_widget_set_visible (self->expiry_badge, TRUE);
}

static gboolean
is_local_file (const char *document)
{
  return document != NULL && g_path_is_absolute (document) && g_file_test (document, G_FILE_TEST_EXISTS);
}

static void
refresh (PolkuAgreementEditor *self)
{
  PolkuAgreement *agreement = self->agreement;
  const char *title;

  if (agreement == NULL)
    return;

  self->updating = TRUE;

  title = polku_agreement_get_title (agreement);
  gtk_label_set_label (self->heading_label, title != NULL ? title : _("Untitled Agreement"));
  polku_autosave_set_text (GTK_WIDGET (self->title_row), title);
  adw_combo_row_set_selected (self->kind_row, polku_agreement_get_kind (agreement));
  adw_combo_row_set_selected (self->provider_row,
                              position_of (self->provider_ids, polku_agreement_get_provider_id (agreement)));
  adw_combo_row_set_selected (self->workshop_row,
                              position_of (self->workshop_ids, polku_agreement_get_workshop_id (agreement)));
  polku_date_entry_set_date (self->signed_on_entry, polku_agreement_get_signed_on (agreement));
  polku_date_entry_set_date (self->valid_from_entry, polku_agreement_get_valid_from (agreement));
  polku_date_entry_set_date (self->valid_to_entry, polku_agreement_get_valid_to (agreement));
  polku_autosave_set_text (GTK_WIDGET (self->document_row), polku_agreement_get_document (agreement));
  gtk_widget_set_visible (GTK_WIDGET (self->open_document_button),
                          is_local_file (polku_agreement_get_document (agreement)));
  polku_autosave_set_text (GTK_WIDGET (self->notes_view), polku_agreement_get_notes (agreement));
  gtk_switch_set_active (self->archived_switch, polku_agreement_get_archived (agreement));
  rebuild_perusteet_list (self);
  update_expiry (self);

  self->updating = FALSE;
}

static char *
dup_text (GtkWidget *widget)
{
  return polku_autosave_dup_text (widget);
}

/* Callbacks */

static void
back_clicked_cb (PolkuAgreementEditor *self)
{
  g_signal_emit (self, signals [BACK], 0);
}

static void
delete_clicked_cb (PolkuAgreementEditor *self)
{
  g_signal_emit (self, signals [DELETE_REQUESTED], 0);
}

static void
text_commit_cb (GtkWidget *widget,
                gpointer   user_data)
{
  PolkuAgreementEditor *self = user_data;
  g_autofree char *text = dup_text (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->agreement == NULL)
    return;

  if (widget == GTK_WIDGET (self->title_row))
    ok = polku_agreement_set_title (self->agreement, text, &error);
  else if (widget == GTK_WIDGET (self->document_row))
    ok = polku_agreement_set_document (self->agreement, text, &error);
  else if (widget == GTK_WIDGET (self->notes_view))
    ok = polku_agreement_set_notes (self->agreement, text, &error);

  /* The text stays for the user to correct (an emptied title). */
  polku_autosave_report (widget, ok ? NULL : error);
}

static void
kind_selected_cb (PolkuAgreementEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->updating || self->agreement == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected == (guint) polku_agreement_get_kind (self->agreement))
    return;

  report (self, polku_agreement_set_kind (self->agreement, selected, &error), &error);
}

static void
provider_selected_cb (PolkuAgreementEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->provider_row);
  gint64 id;

  if (self->updating || self->agreement == NULL || selected >= self->provider_ids->len)
    return;

  id = g_array_index (self->provider_ids, gint64, selected);
  if (id != polku_agreement_get_provider_id (self->agreement))
    report (self, polku_agreement_set_provider_id (self->agreement, id, &error), &error);
}

static void
workshop_selected_cb (PolkuAgreementEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->workshop_row);
  gint64 id;

  if (self->updating || self->agreement == NULL || selected >= self->workshop_ids->len)
    return;

  id = g_array_index (self->workshop_ids, gint64, selected);
  if (id != polku_agreement_get_workshop_id (self->agreement))
    report (self, polku_agreement_set_workshop_id (self->agreement, id, &error), &error);
}

static void
date_committed_cb (PolkuAgreementEditor *self,
                   PolkuDateEntry       *entry)
{
  const char *date = polku_date_entry_get_date (entry);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->agreement == NULL)
    return;

  if (entry == self->signed_on_entry)
    ok = polku_agreement_set_signed_on (self->agreement, date, &error);
  else if (entry == self->valid_from_entry)
    ok = polku_agreement_set_valid_from (self->agreement, date, &error);
  else if (entry == self->valid_to_entry)
    ok = polku_agreement_set_valid_to (self->agreement, date, &error);

  report (self, ok, &error);
}

static void
archived_toggled_cb (PolkuAgreementEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->archived_switch);

  if (self->updating || self->agreement == NULL || active == polku_agreement_get_archived (self->agreement))
    return;

  report (self, polku_agreement_set_archived (self->agreement, active, &error), &error);
}

static void
peruste_popover_show_cb (PolkuAgreementEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->peruste_search), "");
  rebuild_choices (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->peruste_search));
}

static void
peruste_search_changed_cb (PolkuAgreementEditor *self)
{
  rebuild_choices (self);
}

static void
peruste_chosen_cb (PolkuAgreementEditor *self,
                   GtkListBoxRow        *row)
{
  gint64 chosen = *(gint64 *) g_object_get_data (G_OBJECT (row), "peruste-id");
  g_autofree gint64 *ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ids;

  ids = dup_peruste_ids (self, &n_ids);
  ids[n_ids++] = chosen;
  gtk_popover_popdown (self->peruste_popover);
  report (self, polku_agreement_set_perusteet (self->agreement, ids, n_ids, &error), &error);
}

static void
peruste_search_activate_cb (PolkuAgreementEditor *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->peruste_choices, 0);

  if (first != NULL)
    peruste_chosen_cb (self, first);
}

static void
file_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PolkuAgreementEditor) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  files = polku_dialogs_open_file_finish (result, &error);
  if (files == NULL || self->agreement == NULL)
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        polku_show_toast (GTK_WIDGET (self), error->message);
      return;
    }

  file = g_list_model_get_item (files, 0);
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    return;

  if (polku_agreement_set_document (self->agreement, path, &error))
    polku_autosave_report (GTK_WIDGET (self->document_row), NULL);
  else
    report (self, FALSE, &error);
}

static void
choose_file_clicked_cb (PolkuAgreementEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  polku_dialogs_open_file_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 _("Choose the Agreement Document"), NULL, FALSE, self->cancellable,
                                 file_chosen_cb, g_object_ref (self));
}

static void
open_document_clicked_cb (PolkuAgreementEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;

  if (self->agreement == NULL || !is_local_file (polku_agreement_get_document (self->agreement)))
    return;

  file = g_file_new_for_path (polku_agreement_get_document (self->agreement));
  uri = g_file_get_uri (file);
  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    polku_show_toast (GTK_WIDGET (self), error->message);
}

static void
agreement_notify_cb (PolkuAgreementEditor *self)
{
  refresh (self);
}

static void
language_changed_cb (PolkuAgreementEditor *self)
{
  polku_peruste_list_set_language (self->perusteet, current_language (self));
  if (self->agreement != NULL)
    rebuild_perusteet_list (self);
}

/* GObject overrides */

static void
polku_agreement_editor_dispose (GObject *object)
{
  PolkuAgreementEditor *self = (PolkuAgreementEditor *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
  if (self->providers != NULL)
    g_signal_handlers_disconnect_by_data (self->providers, self);
  if (self->workshops != NULL)
    g_signal_handlers_disconnect_by_data (self->workshops, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_AGREEMENT_EDITOR);

  g_clear_object (&self->agreement);
  g_clear_object (&self->providers);
  g_clear_object (&self->workshops);
  g_clear_object (&self->perusteet);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_agreement_editor_parent_class)->dispose (object);
}

static void
polku_agreement_editor_finalize (GObject *object)
{
  PolkuAgreementEditor *self = (PolkuAgreementEditor *)object;

  g_clear_pointer (&self->provider_ids, g_array_unref);
  g_clear_pointer (&self->workshop_ids, g_array_unref);

  G_OBJECT_CLASS (polku_agreement_editor_parent_class)->finalize (object);
}

static void
polku_agreement_editor_class_init (PolkuAgreementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_agreement_editor_dispose;
  object_class->finalize = polku_agreement_editor_finalize;

  /**
   * PolkuAgreementEditor::back:
   *
   * The user wants the list of agreements again.
   */
  signals [BACK] =
    g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * PolkuAgreementEditor::delete-requested:
   *
   * The user asked to delete the agreement (the owner deletes it and offers Undo).
   */
  signals [DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-agreement-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, add_peruste_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, archived_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, box);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, document_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, expiry_badge);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, expiry_icon);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, expiry_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, open_document_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, peruste_choices);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, peruste_popover);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, peruste_search);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, perusteet_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, provider_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, signed_on_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, valid_from_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, valid_to_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuAgreementEditor, workshop_row);
  gtk_widget_class_bind_template_callback (widget_class, archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_file_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_committed_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_document_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, peruste_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, peruste_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, peruste_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, peruste_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, provider_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, workshop_selected_cb);

  g_type_ensure (POLKU_TYPE_DATE_ENTRY);
}

static void
polku_agreement_editor_init (PolkuAgreementEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->provider_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->workshop_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->updating = TRUE;
  for (PolkuAgreementKind kind = POLKU_AGREEMENT_KIND_GUIDELINES; kind <= POLKU_AGREEMENT_KIND_OPPISOPIMUS; kind++)
    gtk_string_list_append (kinds, polku_agreement_kind_get_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  self->updating = FALSE;

  polku_autosave_attach (GTK_WIDGET (self->title_row), text_commit_cb, self);
  polku_autosave_attach (GTK_WIDGET (self->document_row), text_commit_cb, self);
  polku_autosave_attach (GTK_WIDGET (self->notes_view), text_commit_cb, self);
}

/* Public API */

GtkWidget *
polku_agreement_editor_new (void)
{
  return g_object_new (POLKU_TYPE_AGREEMENT_EDITOR, NULL);
}

/**
 * polku_agreement_editor_set_agreement:
 * @context: the context
 * @agreement: (nullable): the agreement to edit
 * @providers: (nullable): the education providers to choose from (PolkuProvider)
 */
void
polku_agreement_editor_set_agreement (PolkuAgreementEditor *self,
                                      PolkuContext         *context,
                                      PolkuAgreement       *agreement,
                                      GListModel           *providers)
{
  g_return_if_fail (POLKU_IS_AGREEMENT_EDITOR (self));
  g_return_if_fail (POLKU_IS_CONTEXT (context));
  g_return_if_fail (!agreement || POLKU_IS_AGREEMENT (agreement));
  g_return_if_fail (!providers || G_IS_LIST_MODEL (providers));

  if (context != self->context)
    {
      PolkuStore *store = polku_context_get_store (context);

      if (self->workshops != NULL)
        g_signal_handlers_disconnect_by_data (self->workshops, self);
      g_set_object (&self->context, context);
      g_clear_object (&self->workshops);
      g_clear_object (&self->perusteet);
      self->workshops = polku_workshop_list_new (store);
      self->perusteet = polku_peruste_list_new (store);
      polku_peruste_list_set_language (self->perusteet, current_language (self));
      g_signal_connect_swapped (self->workshops, "items-changed", G_CALLBACK (rebuild_workshops), self);
      g_signal_connect_object (polku_context_get_settings (context), "changed::show-swedish",
                               G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
      rebuild_workshops (self);
    }

  if (providers != self->providers)
    {
      if (self->providers != NULL)
        g_signal_handlers_disconnect_by_data (self->providers, self);
      g_set_object (&self->providers, providers);
      if (providers != NULL)
        g_signal_connect_swapped (providers, "items-changed", G_CALLBACK (rebuild_providers), self);
      rebuild_providers (self);
    }

  /* Whatever is still waiting to be saved belongs to the old agreement. */
  polku_autosave_flush (GTK_WIDGET (self->title_row));
  polku_autosave_flush (GTK_WIDGET (self->document_row));
  polku_autosave_flush (GTK_WIDGET (self->notes_view));

  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
  g_set_object (&self->agreement, agreement);
  if (agreement != NULL)
    g_signal_connect_swapped (agreement, "notify", G_CALLBACK (agreement_notify_cb), self);

  refresh (self);
}

/**
 * polku_agreement_editor_get_agreement:
 *
 * Returns: (transfer none) (nullable): the agreement edited
 */
PolkuAgreement *
polku_agreement_editor_get_agreement (PolkuAgreementEditor *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_EDITOR (self), NULL);

  return self->agreement;
}

/**
 * polku_agreement_editor_focus_title:
 *
 * Puts the cursor in the title with the text selected, for a new agreement.
 */
void
polku_agreement_editor_focus_title (PolkuAgreementEditor *self)
{
  g_return_if_fail (POLKU_IS_AGREEMENT_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}
