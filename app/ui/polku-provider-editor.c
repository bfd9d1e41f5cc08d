/* polku-provider-editor.c: one education provider with its contact people.
 * Each field is saved when the user is done with it; a refused text (an OID
 * or e-mail address not finished yet) stays, marked, with the reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-provider-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-autosave.h"
#include "polku-contact-list.h"
#include "polku-provider-editor.h"

struct _PolkuProviderEditor
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkWidget        *box;
  GtkLabel         *heading_label;
  AdwEntryRow      *name_row;
  AdwEntryRow      *oid_row;
  GtkListBox       *contacts_list;
  GtkTextView      *notes_view;
  GtkSwitch        *archived_switch;

  /* Owned */
  PolkuContext     *context;
  PolkuProvider    *provider;
  PolkuContactList *contacts;
  gboolean          updating;
};

G_DEFINE_FINAL_TYPE (PolkuProviderEditor, polku_provider_editor, GTK_TYPE_WIDGET)

enum {
  BACK,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The fields of a contact person's row, in order. */
enum {
  CONTACT_NAME,
  CONTACT_TITLE,
  CONTACT_PHONE,
  CONTACT_EMAIL,
  N_CONTACT_FIELDS
};

/* Auxiliary methods */

static void
refresh (PolkuProviderEditor *self)
{
  const char *name;

  if (self->provider == NULL)
    return;

  self->updating = TRUE;
  name = polku_provider_get_name (self->provider);
  gtk_label_set_label (self->heading_label, name);
  polku_autosave_set_text (GTK_WIDGET (self->name_row), name);
  polku_autosave_set_text (GTK_WIDGET (self->oid_row), polku_provider_get_oid (self->provider));
  polku_autosave_set_text (GTK_WIDGET (self->notes_view), polku_provider_get_notes (self->provider));
  gtk_switch_set_active (self->archived_switch, polku_provider_get_archived (self->provider));
  self->updating = FALSE;
}

static char *
contact_summary (PolkuContact *contact)
{
  const char *parts[] = {
    polku_contact_get_title (contact),
    polku_contact_get_phone (contact),
    polku_contact_get_email (contact),
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, parts[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_contact_row (GtkWidget *row)
{
  PolkuContact *contact = g_object_get_data (G_OBJECT (row), "contact");
  GtkWidget **fields = g_object_get_data (G_OBJECT (row), "fields");
  g_autofree char *summary = contact_summary (contact);
  const char *values[N_CONTACT_FIELDS] = {
    polku_contact_get_name (contact),
    polku_contact_get_title (contact),
    polku_contact_get_phone (contact),
    polku_contact_get_email (contact),
  };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), values[CONTACT_NAME]);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);
  for (guint i = 0; i < N_CONTACT_FIELDS; i++)
    polku_autosave_set_text (fields[i], values[i]);
}

static void
contact_field_cb (GtkWidget *widget,
                  gpointer   user_data)
{
  PolkuContact *contact = user_data;
  g_autofree char *text = polku_autosave_dup_text (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  switch (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "field")))
    {
    case CONTACT_NAME:
      ok = polku_contact_set_name (contact, text, &error);
      break;
    case CONTACT_TITLE:
      ok = polku_contact_set_title (contact, text, &error);
      break;
    case CONTACT_PHONE:
      ok = polku_contact_set_phone (contact, text, &error);
      break;
    case CONTACT_EMAIL:
      ok = polku_contact_set_email (contact, text, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  polku_autosave_report (widget, ok ? NULL : error);
}

/* The toast may outlive the window: it must not keep the store open. */
typedef struct
{
  GWeakRef            store;
  PolkuContactRecord *record;
} DeletedContact;

static void
deleted_contact_free (DeletedContact *deleted)
{
  g_weak_ref_clear (&deleted->store);
  polku_contact_record_free (deleted->record);
  g_free (deleted);
}

static void
undo_contact (gpointer user_data)
{
  DeletedContact *deleted = user_data;
  g_autoptr(PolkuStore) store = g_weak_ref_get (&deleted->store);
  g_autoptr(GError) error = NULL;

  if (store != NULL && polku_store_add_contact (store, deleted->record, &error) == 0)
    g_warning ("Could not put the contact person back: %s", error->message);
}

static void
delete_contact_clicked_cb (GtkButton           *button,
                           PolkuProviderEditor *self)
{
  PolkuContact *contact = g_object_get_data (G_OBJECT (button), "contact");
  g_autoptr(PolkuContactRecord) record = polku_contact_record_copy (polku_contact_get_record (contact));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DeletedContact *deleted;

  if (!polku_contact_list_delete (self->contacts, contact, &error))
    {
      polku_show_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* Translators: a toast; %s is a person's name. */
  message = g_strdup_printf (_("“%s” deleted"), record->name);
  deleted = g_new0 (DeletedContact, 1);
  g_weak_ref_init (&deleted->store, polku_context_get_store (self->context));
  deleted->record = g_steal_pointer (&record);
  polku_show_undo_toast (GTK_WIDGET (self), message, undo_contact, deleted,
                         (GDestroyNotify) deleted_contact_free);
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  PolkuProviderEditor *self = user_data;
  PolkuContact *contact = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget **fields = g_new0 (GtkWidget *, N_CONTACT_FIELDS);
  const char *titles[N_CONTACT_FIELDS] = { _("Name"), _("Title"), _("Phone"), _("E-mail") };
  GtkWidget *delete_row = adw_action_row_new ();
  GtkWidget *delete_button;
  g_autofree char *delete_label = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), gtk_image_new_from_icon_name ("avatar-default-symbolic"));

  for (guint i = 0; i < N_CONTACT_FIELDS; i++)
    {
      fields[i] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fields[i]), titles[i]);
      g_object_set_data (G_OBJECT (fields[i]), "field", GINT_TO_POINTER (i));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), fields[i]);
    }
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (fields[CONTACT_PHONE]), GTK_INPUT_PURPOSE_PHONE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (fields[CONTACT_EMAIL]), GTK_INPUT_PURPOSE_EMAIL);

  /* Translators: a button's accessible name; %s is a person's name. */
  delete_label = g_strdup_printf (_("Delete %s"), polku_contact_get_name (contact));
  delete_button = gtk_button_new_with_mnemonic (_("_Delete Contact"));
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (delete_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (delete_button, 6);
  gtk_widget_set_margin_bottom (delete_button, 6);
  gtk_widget_add_css_class (delete_button, "destructive-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  delete_label, -1);
  g_object_set_data (G_OBJECT (delete_button), "contact", contact);
  g_signal_connect (delete_button, "clicked", G_CALLBACK (delete_contact_clicked_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (delete_row), delete_button);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (delete_row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), delete_row);

  g_object_set_data_full (G_OBJECT (row), "contact", g_object_ref (contact), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "fields", fields, g_free);
  for (guint i = 0; i < N_CONTACT_FIELDS; i++)
    polku_autosave_attach (fields[i], contact_field_cb, contact);

  g_signal_connect_object (contact, "notify", G_CALLBACK (update_contact_row), row, G_CONNECT_SWAPPED);
  update_contact_row (row);
  return row;
}

/* Callbacks */

static void
back_clicked_cb (PolkuProviderEditor *self)
{
  g_signal_emit (self, signals [BACK], 0);
}

static void
delete_clicked_cb (PolkuProviderEditor *self)
{
  g_signal_emit (self, signals [DELETE_REQUESTED], 0);
}

static void
text_commit_cb (GtkWidget *widget,
                gpointer   user_data)
{
  PolkuProviderEditor *self = user_data;
  g_autofree char *text = polku_autosave_dup_text (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->provider == NULL)
    return;

  if (widget == GTK_WIDGET (self->name_row))
    ok = polku_provider_set_name (self->provider, text, &error);
  else if (widget == GTK_WIDGET (self->oid_row))
    ok = polku_provider_set_oid (self->provider, text, &error);
  else if (widget == GTK_WIDGET (self->notes_view))
    ok = polku_provider_set_notes (self->provider, text, &error);

  polku_autosave_report (widget, ok ? NULL : error);
}

static void
archived_toggled_cb (PolkuProviderEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->archived_switch);

  if (self->updating || self->provider == NULL || active == polku_provider_get_archived (self->provider))
    return;

  if (!polku_provider_set_archived (self->provider, active, &error))
    {
      polku_show_toast (GTK_WIDGET (self), error->message);
      refresh (self);
    }
}

static void
add_contact_clicked_cb (PolkuProviderEditor *self)
{
  g_autoptr(PolkuContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->contacts == NULL)
    return;

  contact = polku_contact_list_add (self->contacts, _("New contact person"), &error);
  if (contact == NULL)
    {
      polku_show_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* Open the new person's row with the name ready to be typed over. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->contacts_list, i);
      GtkWidget **fields;

      if (row == NULL || g_object_get_data (G_OBJECT (row), "contact") != contact)
        continue;

      fields = g_object_get_data (G_OBJECT (row), "fields");
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (fields[CONTACT_NAME]);
      gtk_editable_select_region (GTK_EDITABLE (fields[CONTACT_NAME]), 0, -1);
      break;
    }
}

static void
provider_notify_cb (PolkuProviderEditor *self)
{
  refresh (self);
}

/* GObject overrides */

static void
polku_provider_editor_dispose (GObject *object)
{
  PolkuProviderEditor *self = (PolkuProviderEditor *)object;

  if (self->provider != NULL)
    g_signal_handlers_disconnect_by_data (self->provider, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_PROVIDER_EDITOR);

  g_clear_object (&self->provider);
  g_clear_object (&self->contacts);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_provider_editor_parent_class)->dispose (object);
}

static void
polku_provider_editor_class_init (PolkuProviderEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_provider_editor_dispose;

  /**
   * PolkuProviderEditor::back:
   *
   * The user wants the list of partners again.
   */
  signals [BACK] =
    g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * PolkuProviderEditor::delete-requested:
   *
   * The user asked to delete the provider (the owner deletes it and offers Undo).
   */
  signals [DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-provider-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuProviderEditor, archived_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuProviderEditor, box);
  gtk_widget_class_bind_template_child (widget_class, PolkuProviderEditor, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuProviderEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuProviderEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuProviderEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuProviderEditor, oid_row);
  gtk_widget_class_bind_template_callback (widget_class, add_contact_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
polku_provider_editor_init (PolkuProviderEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  polku_autosave_attach (GTK_WIDGET (self->name_row), text_commit_cb, self);
  polku_autosave_attach (GTK_WIDGET (self->oid_row), text_commit_cb, self);
  polku_autosave_attach (GTK_WIDGET (self->notes_view), text_commit_cb, self);
}

/* Public API */

GtkWidget *
polku_provider_editor_new (void)
{
  return g_object_new (POLKU_TYPE_PROVIDER_EDITOR, NULL);
}

/**
 * polku_provider_editor_set_provider:
 * @context: the context
 * @provider: (nullable): the provider to edit
 */
void
polku_provider_editor_set_provider (PolkuProviderEditor *self,
                                    PolkuContext        *context,
                                    PolkuProvider       *provider)
{
  g_return_if_fail (POLKU_IS_PROVIDER_EDITOR (self));
  g_return_if_fail (POLKU_IS_CONTEXT (context));
  g_return_if_fail (!provider || POLKU_IS_PROVIDER (provider));

  polku_autosave_flush (GTK_WIDGET (self->name_row));
  polku_autosave_flush (GTK_WIDGET (self->oid_row));
  polku_autosave_flush (GTK_WIDGET (self->notes_view));
  polku_autosave_report (GTK_WIDGET (self->name_row), NULL);
  polku_autosave_report (GTK_WIDGET (self->oid_row), NULL);

  g_set_object (&self->context, context);
  if (self->provider != NULL)
    g_signal_handlers_disconnect_by_data (self->provider, self);
  g_set_object (&self->provider, provider);

  gtk_list_box_bind_model (self->contacts_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->contacts);

  if (provider != NULL)
    {
      g_signal_connect_swapped (provider, "notify", G_CALLBACK (provider_notify_cb), self);
      self->contacts = polku_contact_list_new (polku_context_get_store (context), 0, polku_provider_get_id (provider));
      gtk_list_box_bind_model (self->contacts_list, G_LIST_MODEL (self->contacts), create_contact_row, self, NULL);
    }

  refresh (self);
}

/**
 * polku_provider_editor_get_provider:
 *
 * Returns: (transfer none) (nullable): the provider edited
 */
PolkuProvider *
polku_provider_editor_get_provider (PolkuProviderEditor *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER_EDITOR (self), NULL);

  return self->provider;
}

/**
 * polku_provider_editor_focus_name:
 *
 * Puts the cursor in the name with the text selected, for a new provider.
 */
void
polku_provider_editor_focus_name (PolkuProviderEditor *self)
{
  g_return_if_fail (POLKU_IS_PROVIDER_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}
