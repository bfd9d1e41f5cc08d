/* polku-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-dialogs.h"
#include "polku-format.h"
#include "polku-preferences-window.h"

struct _PolkuPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *backups_group;
  AdwEntryRow          *coach_name_row;
  AdwEntryRow          *coach_title_row;
  AdwActionRow         *database_row;
  AdwComboRow          *language_row;
  AdwComboRow          *style_row;

  /* Owned */
  PolkuContext         *context;
  GPtrArray            *backup_rows;
};

G_DEFINE_FINAL_TYPE (PolkuPreferencesWindow, polku_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void refresh_backups (PolkuPreferencesWindow *self);

/* Auxiliary methods */

/* Combo rows show a position; the settings keep the enum's nick. */
static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      if (g_strcmp0 (nicks[i], nick) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[position]);
}

static const char *language_nicks[] = { "fi", "sv", NULL };
static const char *style_nicks[] = { "default", "light", "dark", NULL };

static char *
describe_backup (const char *path)
{
  char *when = polku_format_file_mtime (path);

  return when != NULL ? when : g_path_get_basename (path);
}

static void
restore_done (PolkuPreferencesWindow *self,
              const char             *path)
{
  g_autoptr(GError) error = NULL;
  PolkuStore *store = polku_context_get_store (self->context);

  if (!polku_store_restore (store, path, &error))
    {
      polku_dialogs_alert (GTK_WINDOW (self), _("Could Not Restore the Backup"), error->message);
      return;
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Backup restored")));
  refresh_backups (self);
}

static void
confirm_restore_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PolkuPreferencesWindow) self = NULL;
  g_autofree char *path = user_data;

  self = g_object_ref (POLKU_PREFERENCES_WINDOW (object));
  if (polku_dialogs_confirm_finish (result, NULL))
    restore_done (self, path);
}

static void
restore_clicked_cb (GtkButton              *button,
                    PolkuPreferencesWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "backup-path");
  g_autofree char *when = describe_backup (path);
  g_autofree char *body = NULL;

  /* Translators: %s is the date and time of the backup. */
  body = g_strdup_printf (_("Everything in the database is replaced with the backup of %s. The current state is backed up first, so this can be undone by restoring that backup."),
                          when);
  polku_dialogs_confirm_async (GTK_WINDOW (self), _("Restore This Backup?"), body,
                               _("_Restore"), TRUE, NULL,
                               confirm_restore_cb, g_strdup (path));
}

static void
refresh_backups (PolkuPreferencesWindow *self)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->backup_rows->len; i++)
    adw_preferences_group_remove (self->backups_group, g_ptr_array_index (self->backup_rows, i));
  g_ptr_array_set_size (self->backup_rows, 0);

  backups = polku_store_list_backups (polku_context_get_store (self->context), &error);
  if (backups == NULL || backups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     error != NULL ? error->message : _("No backups yet"));
      adw_preferences_group_add (self->backups_group, row);
      g_ptr_array_add (self->backup_rows, row);
      return;
    }

  /* Newest first: that is the one a person most likely wants. */
  for (guint i = backups->len; i > 0; i--)
    {
      const char *path = g_ptr_array_index (backups, i - 1);
      g_autofree char *title = describe_backup (path);
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *label = NULL;
      GtkWidget *row;
      GtkWidget *button;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);

      button = gtk_button_new_with_mnemonic (_("_Restore…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: %s is the date and time of a backup; a screen reader says this. */
      label = g_strdup_printf (_("Restore the backup of %s"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "backup-path", g_strdup (path), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (self->backups_group, row);
      g_ptr_array_add (self->backup_rows, row);
    }
}

/* GObject overrides */

static void
polku_preferences_window_constructed (GObject *object)
{
  PolkuPreferencesWindow *self = (PolkuPreferencesWindow *)object;
  GSettings *settings;
  g_autofree char *path = NULL;

  G_OBJECT_CLASS (polku_preferences_window_parent_class)->constructed (object);

  g_assert (POLKU_IS_CONTEXT (self->context));

  settings = polku_context_get_settings (self->context);
  g_settings_bind (settings, "coach-name", self->coach_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "coach-title", self->coach_title_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "document-language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_position, position_to_nick,
                                (gpointer) language_nicks, NULL);
  g_settings_bind_with_mapping (settings, "style-variant", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_position, position_to_nick,
                                (gpointer) style_nicks, NULL);

  path = g_filename_display_name (polku_store_get_path (polku_context_get_store (self->context)));
  adw_action_row_set_subtitle (self->database_row, path);

  g_signal_connect_object (polku_context_get_store (self->context), "backups-changed",
                           G_CALLBACK (refresh_backups), self, G_CONNECT_SWAPPED);
  refresh_backups (self);
}

static void
polku_preferences_window_dispose (GObject *object)
{
  PolkuPreferencesWindow *self = (PolkuPreferencesWindow *)object;

  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_preferences_window_parent_class)->dispose (object);
}

static void
polku_preferences_window_finalize (GObject *object)
{
  PolkuPreferencesWindow *self = (PolkuPreferencesWindow *)object;

  g_clear_pointer (&self->backup_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_preferences_window_parent_class)->finalize (object);
}

static void
polku_preferences_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PolkuPreferencesWindow *self = POLKU_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_preferences_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PolkuPreferencesWindow *self = POLKU_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_preferences_window_class_init (PolkuPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = polku_preferences_window_constructed;
  object_class->dispose = polku_preferences_window_dispose;
  object_class->finalize = polku_preferences_window_finalize;
  object_class->get_property = polku_preferences_window_get_property;
  object_class->set_property = polku_preferences_window_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, backups_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, coach_name_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, coach_title_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPreferencesWindow, style_row);
}

static void
polku_preferences_window_init (PolkuPreferencesWindow *self)
{
  self->backup_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

PolkuPreferencesWindow *
polku_preferences_window_new (PolkuContext *context)
{
  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);

  return g_object_new (POLKU_TYPE_PREFERENCES_WINDOW,
                       "context", context,
                       NULL);
}
