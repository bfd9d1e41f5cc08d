/* polku-workshop-editor.c: a workshop's profile: name and address, the
 * learning environment and its equipment, and the contact people. Every field
 * is saved as it is typed (see PolkuFieldSaver).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-workshop-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-field-saver.h"
#include "polku-contact-list.h"
#include "polku-workshop-common.h"
#include "polku-workshop-editor.h"

struct _PolkuWorkshopEditor
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkWidget        *page;
  GtkWidget        *name_row;
  GtkWidget        *address_row;
  GtkWidget        *postal_code_row;
  GtkWidget        *municipality_row;
  GtkWidget        *description_view;
  GtkWidget        *equipment_view;
  GtkListBox       *contacts_list;
  GtkWidget        *new_contact_row;

  /* Owned */
  PolkuWorkshop    *workshop;
  PolkuContactList *contacts;
  PolkuFieldSaver    *saver;

  /* A contact just added or moved: its row opens, and a button takes focus again. */
  gint64            open_contact_id;
  char             *focus_button;
  gboolean          open_new_contact;
};

G_DEFINE_FINAL_TYPE (PolkuWorkshopEditor, polku_workshop_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSHOP,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
update_contact_subtitle (AdwExpanderRow *row,
                         PolkuContact   *contact)
{
  const char *parts[] = {
    polku_contact_get_title (contact),
    polku_contact_get_phone (contact),
    polku_contact_get_email (contact),
  };
  g_autoptr(GString) subtitle = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, parts[i]);
    }

  adw_expander_row_set_subtitle (row, subtitle->str);
}

static gboolean
find_contact (PolkuWorkshopEditor *self,
              PolkuContact        *contact,
              guint               *out_position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuContact) item = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      if (item == contact)
        {
          *out_position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static GtkWidget *
new_icon_button (const char *icon_name,
                 const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
new_field_row (const char       *title,
               GtkInputPurpose   purpose)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), purpose);
  return row;
}

/* Callbacks */

static void
autosave_failed_cb (PolkuWorkshopEditor *self,
                    GtkWidget           *field,
                    GError              *error)
{
  polku_workshop_show_error (GTK_WIDGET (self), error);
}

static void
contact_changed_cb (AdwExpanderRow *row,
                    GParamSpec     *pspec,
                    PolkuContact   *contact)
{
  update_contact_subtitle (row, contact);
}

typedef struct
{
  GWeakRef          editor;
  PolkuContactList *list;
  char             *name;
  char             *title;
  char             *phone;
  char             *email;
  guint             position;
} RemovedContact;

static void
removed_contact_free (gpointer data)
{
  RemovedContact *removed = data;

  g_weak_ref_clear (&removed->editor);
  g_clear_object (&removed->list);
  g_free (removed->name);
  g_free (removed->title);
  g_free (removed->phone);
  g_free (removed->email);
  g_free (removed);
}

static void
undo_remove_contact_cb (AdwToast       *toast,
                        RemovedContact *removed)
{
  g_autoptr(PolkuWorkshopEditor) self = g_weak_ref_get (&removed->editor);
  g_autoptr(PolkuContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  contact = polku_contact_list_add (removed->list, removed->name, &error);
  if (contact != NULL &&
      polku_contact_set_title (contact, removed->title, &error) &&
      polku_contact_set_phone (contact, removed->phone, &error) &&
      polku_contact_set_email (contact, removed->email, &error))
    polku_contact_list_move (removed->list, contact, removed->position, &error);

  if (error != NULL && self != NULL)
    polku_workshop_show_error (GTK_WIDGET (self), error);
}

static void
contact_remove_clicked_cb (GtkWidget    *button,
                           PolkuContact *contact)
{
  PolkuWorkshopEditor *self = POLKU_WORKSHOP_EDITOR (gtk_widget_get_ancestor (button, POLKU_TYPE_WORKSHOP_EDITOR));
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_EXPANDER_ROW);
  PolkuFieldSaver *autosave = g_object_get_data (G_OBJECT (row), "autosave");
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  RemovedContact *removed;
  AdwToast *toast;
  guint position = 0;

  if (!find_contact (self, contact, &position))
    return;

  /* What was typed counts: Undo brings the contact back as it was last seen. */
  polku_field_saver_flush (autosave);
  polku_field_saver_discard (autosave);

  removed = g_new0 (RemovedContact, 1);
  g_weak_ref_init (&removed->editor, self);
  removed->list = g_object_ref (self->contacts);
  removed->name = g_strdup (polku_contact_get_name (contact));
  removed->title = g_strdup (polku_contact_get_title (contact));
  removed->phone = g_strdup (polku_contact_get_phone (contact));
  removed->email = g_strdup (polku_contact_get_email (contact));
  removed->position = position;

  if (!polku_contact_list_delete (self->contacts, contact, &error))
    {
      removed_contact_free (removed);
      polku_workshop_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* Translators: a toast; %s is a person's name. */
  title = g_strdup_printf (_("“%s” removed"), removed->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_contact_cb),
                         removed, (GClosureNotify) (void (*) (void)) removed_contact_free, 0);
  polku_workshop_show_toast (GTK_WIDGET (self), toast);
}

static void
move_contact (GtkWidget    *button,
              PolkuContact *contact,
              int           delta,
              const char   *button_name)
{
  PolkuWorkshopEditor *self = POLKU_WORKSHOP_EDITOR (gtk_widget_get_ancestor (button, POLKU_TYPE_WORKSHOP_EDITOR));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  g_autoptr(GError) error = NULL;
  guint position = 0;

  if (!find_contact (self, contact, &position) ||
      (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;

  self->open_contact_id = polku_contact_get_id (contact);
  g_free (self->focus_button);
  self->focus_button = g_strdup (button_name);

  if (!polku_contact_list_move (self->contacts, contact, position + delta, &error))
    polku_workshop_show_error (GTK_WIDGET (self), error);
}

static void
contact_up_clicked_cb (GtkWidget    *button,
                       PolkuContact *contact)
{
  move_contact (button, contact, -1, "move-up");
}

static void
contact_down_clicked_cb (GtkWidget    *button,
                         PolkuContact *contact)
{
  move_contact (button, contact, +1, "move-down");
}

static void
contact_autosave_failed_cb (GtkWidget *row,
                            GtkWidget *field,
                            GError    *error)
{
  polku_workshop_show_error (row, error);
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  PolkuWorkshopEditor *self = user_data;
  PolkuContact *contact = item;
  g_autoptr(PolkuFieldSaver) autosave = polku_field_saver_new ();
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *name_row = new_field_row (_("Name"), GTK_INPUT_PURPOSE_NAME);
  GtkWidget *title_row = new_field_row (_("Title"), GTK_INPUT_PURPOSE_FREE_FORM);
  GtkWidget *phone_row = new_field_row (_("Phone"), GTK_INPUT_PURPOSE_PHONE);
  GtkWidget *email_row = new_field_row (_("E-mail"), GTK_INPUT_PURPOSE_EMAIL);
  GtkWidget *order_row = adw_action_row_new ();
  GtkWidget *up = new_icon_button ("go-up-symbolic", _("Move Up"));
  GtkWidget *down = new_icon_button ("go-down-symbolic", _("Move Down"));
  GtkWidget *remove = new_icon_button ("user-trash-symbolic", _("Remove Contact Person"));
  guint position = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));

  g_object_bind_property (contact, "name", row, "title", G_BINDING_SYNC_CREATE);
  update_contact_subtitle (ADW_EXPANDER_ROW (row), contact);
  g_signal_connect_object (contact, "notify::title", G_CALLBACK (contact_changed_cb), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (contact, "notify::phone", G_CALLBACK (contact_changed_cb), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (contact, "notify::email", G_CALLBACK (contact_changed_cb), row, G_CONNECT_SWAPPED);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), name_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), title_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), phone_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), email_row);

  find_contact (self, contact, &position);
  gtk_widget_set_name (up, "move-up");
  gtk_widget_set_name (down, "move-down");
  gtk_widget_set_name (remove, "remove");
  gtk_widget_set_sensitive (up, position > 0);
  gtk_widget_set_sensitive (down, position + 1 < n);
  g_signal_connect_object (up, "clicked", G_CALLBACK (contact_up_clicked_cb), contact, 0);
  g_signal_connect_object (down, "clicked", G_CALLBACK (contact_down_clicked_cb), contact, 0);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (contact_remove_clicked_cb), contact, 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (order_row), _("Order and removal"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), down);
  adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), order_row);

  polku_field_saver_add (autosave, name_row, "name", (PolkuFieldSetter) polku_contact_set_name);
  polku_field_saver_add (autosave, title_row, "title", (PolkuFieldSetter) polku_contact_set_title);
  polku_field_saver_add (autosave, phone_row, "phone", (PolkuFieldSetter) polku_contact_set_phone);
  polku_field_saver_add (autosave, email_row, "email", (PolkuFieldSetter) polku_contact_set_email);
  polku_field_saver_set_object (autosave, contact);
  g_signal_connect_object (autosave, "failed", G_CALLBACK (contact_autosave_failed_cb), row, G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (row), "autosave", g_steal_pointer (&autosave), g_object_unref);
  g_object_set_data (G_OBJECT (row), "name-row", name_row);
  g_object_set_data (G_OBJECT (row), "move-up", up);
  g_object_set_data (G_OBJECT (row), "move-down", down);

  if (polku_contact_get_id (contact) == self->open_contact_id)
    {
      GtkWidget *focus = name_row;

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      if (g_strcmp0 (self->focus_button, "move-up") == 0)
        focus = gtk_widget_get_sensitive (up) ? up : down;
      else if (g_strcmp0 (self->focus_button, "move-down") == 0)
        focus = gtk_widget_get_sensitive (down) ? down : up;
      g_object_set_data_full (G_OBJECT (row), "focus-widget", g_object_ref (focus), g_object_unref);
    }

  return row;
}

static void
focus_open_contact (PolkuWorkshopEditor *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->contacts_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *focus = g_object_get_data (G_OBJECT (row), "focus-widget");

      if (focus != NULL)
        {
          gtk_widget_grab_focus (focus);
          g_object_set_data (G_OBJECT (row), "focus-widget", NULL);
        }
    }

  self->open_contact_id = 0;
  g_clear_pointer (&self->focus_button, g_free);
}

static void
contacts_changed_cb (PolkuWorkshopEditor *self)
{
  guint n = self->contacts != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) : 0;
  GtkWidget *last = NULL;
  guint position = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->contacts_list), n > 0);

  /* Rows the change did not remake still think they are first or last. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->contacts_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *up = g_object_get_data (G_OBJECT (row), "move-up");
      GtkWidget *down = g_object_get_data (G_OBJECT (row), "move-down");

      if (up == NULL || down == NULL)
        continue;

      gtk_widget_set_sensitive (up, position > 0);
      gtk_widget_set_sensitive (down, position + 1 < n);
      last = row;
      position++;
    }

  /* A contact just added is opened, so that the rest can be typed in. */
  if (self->open_new_contact && last != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (last), TRUE);
      g_object_set_data_full (G_OBJECT (last), "focus-widget",
                              g_object_ref (g_object_get_data (G_OBJECT (last), "name-row")),
                              g_object_unref);
    }
  self->open_new_contact = FALSE;

  focus_open_contact (self);
}

static void
new_contact_apply_cb (PolkuWorkshopEditor *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_contact_row));
  g_autoptr(PolkuContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  if (self->contacts == NULL)
    return;

  self->open_new_contact = TRUE;
  contact = polku_contact_list_add (self->contacts, name, &error);
  if (contact == NULL)
    {
      self->open_new_contact = FALSE;
      gtk_widget_add_css_class (self->new_contact_row, "error");
      polku_workshop_show_error (GTK_WIDGET (self), error);
      return;
    }

  gtk_widget_remove_css_class (self->new_contact_row, "error");
  gtk_editable_set_text (GTK_EDITABLE (self->new_contact_row), "");
}

/* GObject overrides */

static void
polku_workshop_editor_dispose (GObject *object)
{
  PolkuWorkshopEditor *self = (PolkuWorkshopEditor *)object;

  polku_workshop_editor_set_workshop (self, NULL);
  if (self->saver != NULL)
    g_signal_handlers_disconnect_by_data (self->saver, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_WORKSHOP_EDITOR);
  g_clear_object (&self->saver);
  g_clear_pointer (&self->focus_button, g_free);

  G_OBJECT_CLASS (polku_workshop_editor_parent_class)->dispose (object);
}

static void
polku_workshop_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PolkuWorkshopEditor *self = POLKU_WORKSHOP_EDITOR (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_workshop_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PolkuWorkshopEditor *self = POLKU_WORKSHOP_EDITOR (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      polku_workshop_editor_set_workshop (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_workshop_editor_class_init (PolkuWorkshopEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_workshop_editor_dispose;
  object_class->get_property = polku_workshop_editor_get_property;
  object_class->set_property = polku_workshop_editor_set_property;

  properties [PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL,
                         POLKU_TYPE_WORKSHOP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-workshop-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, equipment_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, new_contact_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWorkshopEditor, postal_code_row);
  gtk_widget_class_bind_template_callback (widget_class, new_contact_apply_cb);
}

static void
polku_workshop_editor_init (PolkuWorkshopEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->saver = polku_field_saver_new ();
  polku_field_saver_add (self->saver, self->name_row, "name",
                      (PolkuFieldSetter) polku_workshop_set_name);
  polku_field_saver_add (self->saver, self->address_row, "address",
                      (PolkuFieldSetter) polku_workshop_set_address);
  polku_field_saver_add (self->saver, self->postal_code_row, "postal-code",
                      (PolkuFieldSetter) polku_workshop_set_postal_code);
  polku_field_saver_add (self->saver, self->municipality_row, "municipality",
                      (PolkuFieldSetter) polku_workshop_set_municipality);
  polku_field_saver_add (self->saver, self->description_view, "description",
                      (PolkuFieldSetter) polku_workshop_set_description);
  polku_field_saver_add (self->saver, self->equipment_view, "equipment",
                      (PolkuFieldSetter) polku_workshop_set_equipment);
  g_signal_connect_swapped (self->saver, "failed", G_CALLBACK (autosave_failed_cb), self);

  gtk_widget_set_visible (GTK_WIDGET (self->contacts_list), FALSE);
  gtk_widget_set_sensitive (self->page, FALSE);
}

/* Public API */

GtkWidget *
polku_workshop_editor_new (void)
{
  return g_object_new (POLKU_TYPE_WORKSHOP_EDITOR, NULL);
}

/**
 * polku_workshop_editor_get_workshop:
 *
 * Returns: (transfer none) (nullable): the workshop shown
 */
PolkuWorkshop *
polku_workshop_editor_get_workshop (PolkuWorkshopEditor *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_EDITOR (self), NULL);

  return self->workshop;
}

/**
 * polku_workshop_editor_set_workshop:
 * @workshop: (nullable): the workshop to edit
 *
 * Saves what is pending for the previous workshop, then shows @workshop.
 */
void
polku_workshop_editor_set_workshop (PolkuWorkshopEditor *self,
                                    PolkuWorkshop       *workshop)
{
  g_return_if_fail (POLKU_IS_WORKSHOP_EDITOR (self));
  g_return_if_fail (workshop == NULL || POLKU_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;

  if (self->saver != NULL)
    polku_field_saver_set_object (self->saver, workshop);

  /* The contact rows save what they hold as they go. */
  polku_workshop_editor_flush (self);
  if (self->contacts_list != NULL)
    gtk_list_box_bind_model (self->contacts_list, NULL, NULL, NULL, NULL);
  if (self->contacts != NULL)
    g_signal_handlers_disconnect_by_data (self->contacts, self);
  g_clear_object (&self->contacts);
  g_set_object (&self->workshop, workshop);

  if (workshop != NULL)
    {
      self->contacts = polku_contact_list_new (polku_workshop_get_store (workshop),
                                               polku_workshop_get_id (workshop), 0);
      gtk_list_box_bind_model (self->contacts_list, G_LIST_MODEL (self->contacts),
                               create_contact_row, self, NULL);
      g_signal_connect_object (self->contacts, "items-changed",
                               G_CALLBACK (contacts_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      gtk_editable_set_text (GTK_EDITABLE (self->new_contact_row), "");
    }

  if (self->page != NULL)
    {
      gtk_widget_set_sensitive (self->page, workshop != NULL);
      contacts_changed_cb (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSHOP]);
}

/**
 * polku_workshop_editor_get_contacts:
 *
 * Returns: (transfer none) (nullable): the workshop's contact people
 */
GListModel *
polku_workshop_editor_get_contacts (PolkuWorkshopEditor *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_EDITOR (self), NULL);

  return self->contacts != NULL ? G_LIST_MODEL (self->contacts) : NULL;
}

/**
 * polku_workshop_editor_flush:
 *
 * Saves what was typed and not yet saved, the contact people's too.
 *
 * Returns: %FALSE when something was refused (and shown)
 */
gboolean
polku_workshop_editor_flush (PolkuWorkshopEditor *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (POLKU_IS_WORKSHOP_EDITOR (self), FALSE);

  if (self->saver != NULL)
    ok &= polku_field_saver_flush (self->saver);

  if (self->contacts_list != NULL)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->contacts_list));
         row != NULL;
         row = gtk_widget_get_next_sibling (row))
      {
        PolkuFieldSaver *autosave = g_object_get_data (G_OBJECT (row), "autosave");

        if (autosave != NULL)
          ok &= polku_field_saver_flush (autosave);
      }

  return ok;
}

void
polku_workshop_editor_focus_name (PolkuWorkshopEditor *self)
{
  g_return_if_fail (POLKU_IS_WORKSHOP_EDITOR (self));

  gtk_widget_grab_focus (self->name_row);
}
