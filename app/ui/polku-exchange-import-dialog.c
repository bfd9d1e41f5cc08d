/* polku-exchange-import-dialog.c: shows exactly what an exchange file
 * (competence package, decisions, task map) would change — new, updated,
 * conflicting, unchanged — and applies it in one transaction only when asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-exchange-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-catalogue-format.h"
#include "polku-exchange-import-dialog.h"
#include "polku-window.h"

struct _PolkuExchangeImportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkButton           *apply_button;
  GtkBox              *content_box;
  GtkLabel            *heading_label;
  GtkLabel            *origin_label;
  GtkLabel            *summary_label;
  GtkLabel            *error_label;

  /* Owned */
  PolkuContext        *context;
  PolkuExchangeImport *import;
  char                *file_name;
};

G_DEFINE_FINAL_TYPE (PolkuExchangeImportDialog, polku_exchange_import_dialog, ADW_TYPE_WINDOW)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Auxiliary methods */

static const char *
group_title (PolkuExchangeChangeKind kind)
{
  switch (kind)
    {
    case POLKU_EXCHANGE_CHANGE_NEW:
      return _("New");
    case POLKU_EXCHANGE_CHANGE_UPDATED:
      return _("Updated");
    case POLKU_EXCHANGE_CHANGE_CONFLICT:
      return _("Conflicting");
    case POLKU_EXCHANGE_CHANGE_UNCHANGED:
    default:
      return _("Unchanged");
    }
}

static const char *
group_description (PolkuExchangeChangeKind kind)
{
  switch (kind)
    {
    case POLKU_EXCHANGE_CHANGE_CONFLICT:
      return _("These differ from what is recorded here; what happens to each is said under it.");
    case POLKU_EXCHANGE_CHANGE_UNCHANGED:
      return _("Already recorded as in the file.");
    case POLKU_EXCHANGE_CHANGE_NEW:
    case POLKU_EXCHANGE_CHANGE_UPDATED:
    default:
      return NULL;
    }
}

static const char *
kind_icon (PolkuExchangeChangeKind kind)
{
  switch (kind)
    {
    case POLKU_EXCHANGE_CHANGE_NEW:
      return "list-add-symbolic";
    case POLKU_EXCHANGE_CHANGE_UPDATED:
      return "document-edit-symbolic";
    case POLKU_EXCHANGE_CHANGE_CONFLICT:
      return "dialog-warning-symbolic";
    case POLKU_EXCHANGE_CHANGE_UNCHANGED:
    default:
      return "object-select-symbolic";
    }
}

static GtkWidget *
add_section (PolkuExchangeImportDialog *self,
             PolkuExchangeChangeKind    kind)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), group_title (kind));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), group_description (kind));
  gtk_box_append (self->content_box, group);
  return group;
}

static GtkWidget *
kind_image (PolkuExchangeChangeKind kind)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (kind_icon (kind));

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, group_title (kind), -1);
  if (kind == POLKU_EXCHANGE_CHANGE_CONFLICT)
    gtk_widget_add_css_class (icon, "warning");
  return icon;
}

/* @parent: an AdwPreferencesGroup or an AdwExpanderRow. */
static void
add_change_row (gpointer                 parent,
                PolkuExchangeChangeKind  kind,
                const char              *subject,
                const char              *detail,
                gboolean                 with_icon)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), subject != NULL ? subject : "");
  if (detail != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (with_icon)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), kind_image (kind));

  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);
}

/* The detail all members share, or NULL. */
static const char *
common_detail (GPtrArray *members)
{
  const char *detail = ((PolkuExchangeChange *) g_ptr_array_index (members, 0))->detail;

  for (guint i = 1; i < members->len; i++)
    if (g_strcmp0 (((PolkuExchangeChange *) g_ptr_array_index (members, i))->detail, detail) != 0)
      return NULL;
  return detail;
}

/* The items' rows are made when the unit is first opened: a package of a
 * whole qualification would otherwise make thousands of rows up front. */
static void
unit_expanded_cb (AdwExpanderRow *row,
                  GParamSpec     *pspec,
                  GPtrArray      *members)
{
  PolkuExchangeChangeKind kind = ((PolkuExchangeChange *) g_ptr_array_index (members, 0))->kind;
  const char *shared = common_detail (members);

  if (!adw_expander_row_get_expanded (row) || g_object_get_data (G_OBJECT (row), "filled") != NULL)
    return;
  g_object_set_data (G_OBJECT (row), "filled", GINT_TO_POINTER (1));

  for (guint i = 0; i < members->len; i++)
    {
      PolkuExchangeChange *change = g_ptr_array_index (members, i);

      /* Said once on the unit's row when every item shares it. */
      add_change_row (row, kind, change->subject, shared != NULL ? NULL : change->detail, FALSE);
    }
}

static void
members_free (gpointer  data,
              GClosure *closure)
{
  g_ptr_array_unref (data);
}

/* A unit with its items: the unit's own change (@detail, may be NULL) and a
 * count, opened to list the items. */
static void
add_unit_row (GtkWidget               *group,
              PolkuExchangeChangeKind  kind,
              const char              *label,
              const char              *detail,
              GPtrArray               *members)
{
  GtkWidget *row = adw_expander_row_new ();
  const char *shared = common_detail (members);
  g_autofree char *count = NULL;
  g_autofree char *subtitle = NULL;

  if (shared != NULL)
    /* Translators: on a unit's row in the import preview; %u is a number of
     * competence items, %s what happens to all of them ("Awaiting review"). */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item · %s", "%u items · %s", members->len),
                             members->len, shared);
  else
    /* Translators: on a unit's row in the import preview; %u is a number of competence items. */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", members->len), members->len);

  /* Translators: a unit's change ("Added to the plan") and the count of its items. */
  subtitle = detail != NULL ? g_strdup_printf (_("%s · %s"), detail, count) : g_steal_pointer (&count);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), kind_image (kind));
  g_signal_connect_data (row, "notify::expanded", G_CALLBACK (unit_expanded_cb), g_ptr_array_ref (members),
                         members_free, 0);
  /* Conflicts are what the reader must see. */
  if (kind == POLKU_EXCHANGE_CHANGE_CONFLICT && members->len <= 20)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
fill (PolkuExchangeImportDialog *self)
{
  GPtrArray *changes = polku_exchange_import_get_changes (self->import);
  PolkuExchangeKind kind = polku_exchange_import_get_kind (self->import);
  const char *sender = polku_exchange_import_get_sender (self->import);
  const char *created = polku_exchange_import_get_created (self->import);
  guint n_new = polku_exchange_import_count (self->import, POLKU_EXCHANGE_CHANGE_NEW);
  guint n_updated = polku_exchange_import_count (self->import, POLKU_EXCHANGE_CHANGE_UPDATED);
  guint n_conflicts = polku_exchange_import_count (self->import, POLKU_EXCHANGE_CHANGE_CONFLICT);
  g_autofree char *origin = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  const PolkuExchangeChangeKind order[] = {
    POLKU_EXCHANGE_CHANGE_CONFLICT, POLKU_EXCHANGE_CHANGE_NEW,
    POLKU_EXCHANGE_CHANGE_UPDATED, POLKU_EXCHANGE_CHANGE_UNCHANGED,
  };

  gtk_label_set_text (self->heading_label, polku_exchange_kind_get_title (kind));

  if (created != NULL && strlen (created) >= 10)
    {
      g_autofree char *day = g_strndup (created, 10);

      date = polku_catalogue_format_date (day);
    }
  /* Translators: under the heading of the import preview: the file, who sent it and when. */
  origin = g_strdup_printf (_("“%s” from %s, created %s"), self->file_name,
                            sender != NULL ? sender : _("an unknown sender"), date != NULL ? date : "–");
  gtk_label_set_text (self->origin_label, origin);

  if (n_new + n_updated + n_conflicts == 0)
    g_string_append (summary, _("Nothing would change: everything in the file is already recorded here."));
  else
    {
      /* Translators: the import summary; each %u is a number of changes. */
      g_string_append_printf (summary, _("New: %u · Updated: %u · Conflicting: %u."), n_new, n_updated,
                              n_conflicts);
    }
  g_string_append_c (summary, ' ');
  g_string_append (summary, _("Nothing is written until you apply it, and then all at once."));
  gtk_label_set_text (self->summary_label, summary->str);

  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_ptr_array_unref);
      g_autoptr(GPtrArray) group_order = g_ptr_array_new ();
      GtkWidget *group = NULL;

      /* Items (a whole qualification has thousands) go under their unit. */
      for (guint i = 0; i < changes->len; i++)
        {
          PolkuExchangeChange *change = g_ptr_array_index (changes, i);
          GPtrArray *members;

          if (change->kind != order[k] || change->group == NULL)
            continue;
          members = g_hash_table_lookup (groups, change->group);
          if (members == NULL)
            {
              members = g_ptr_array_new ();
              g_hash_table_insert (groups, change->group, members);
              g_ptr_array_add (group_order, change->group);
            }
          g_ptr_array_add (members, change);
        }

      for (guint i = 0; i < changes->len; i++)
        {
          PolkuExchangeChange *change = g_ptr_array_index (changes, i);
          GPtrArray *members;

          if (change->kind != order[k] || change->group != NULL)
            continue;

          if (group == NULL)
            group = add_section (self, order[k]);

          /* The unit's own change and its items: one row. */
          members = g_hash_table_lookup (groups, change->subject);
          if (members != NULL)
            {
              add_unit_row (group, order[k], change->subject, change->detail, members);
              g_hash_table_remove (groups, change->subject);
            }
          else
            add_change_row (ADW_PREFERENCES_GROUP (group), order[k], change->subject, change->detail, TRUE);
        }

      for (guint i = 0; i < group_order->len; i++)
        {
          const char *label = g_ptr_array_index (group_order, i);
          GPtrArray *members = g_hash_table_lookup (groups, label);

          if (members == NULL)
            continue;
          if (group == NULL)
            group = add_section (self, order[k]);
          add_unit_row (group, order[k], label, NULL, members);
        }
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), n_new + n_updated + n_conflicts > 0);
}

/* Callbacks */

static void
apply_clicked_cb (PolkuExchangeImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (!polku_exchange_import_dialog_apply (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  if (POLKU_IS_WINDOW (parent))
    {
      /* Translators: after applying an exchange file; %s is the file name. */
      g_autofree char *title = g_strdup_printf (_("Imported “%s”"), self->file_name);

      polku_window_add_toast (POLKU_WINDOW (parent), adw_toast_new (title));
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* GObject */

static void
polku_exchange_import_dialog_dispose (GObject *object)
{
  PolkuExchangeImportDialog *self = (PolkuExchangeImportDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_EXCHANGE_IMPORT_DIALOG);
  g_clear_object (&self->context);
  g_clear_pointer (&self->import, polku_exchange_import_free);

  G_OBJECT_CLASS (polku_exchange_import_dialog_parent_class)->dispose (object);
}

static void
polku_exchange_import_dialog_finalize (GObject *object)
{
  PolkuExchangeImportDialog *self = (PolkuExchangeImportDialog *)object;

  g_free (self->file_name);

  G_OBJECT_CLASS (polku_exchange_import_dialog_parent_class)->finalize (object);
}

static void
polku_exchange_import_dialog_class_init (PolkuExchangeImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_exchange_import_dialog_dispose;
  object_class->finalize = polku_exchange_import_dialog_finalize;

  /* After the changes are written. */
  signals [APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-exchange-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuExchangeImportDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuExchangeImportDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuExchangeImportDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuExchangeImportDialog, origin_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuExchangeImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuExchangeImportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
polku_exchange_import_dialog_init (PolkuExchangeImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * polku_exchange_import_dialog_new:
 * @import: (transfer full): the prepared import
 * @file_name: the file's name, for the reader
 *
 * Returns: (transfer floating): the preview
 */
GtkWidget *
polku_exchange_import_dialog_new (PolkuContext        *context,
                                  PolkuExchangeImport *import,
                                  const char          *file_name)
{
  PolkuExchangeImportDialog *self;

  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (import != NULL, NULL);

  self = g_object_new (POLKU_TYPE_EXCHANGE_IMPORT_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->import = import;
  self->file_name = g_strdup (file_name != NULL ? file_name : "");
  fill (self);
  return GTK_WIDGET (self);
}

/**
 * polku_exchange_import_dialog_apply:
 *
 * Writes the changes in one transaction; on failure nothing is written.
 */
gboolean
polku_exchange_import_dialog_apply (PolkuExchangeImportDialog  *self,
                                    GError                    **error)
{
  g_return_val_if_fail (POLKU_IS_EXCHANGE_IMPORT_DIALOG (self), FALSE);

  if (!polku_exchange_import_apply (polku_context_get_store (self->context), self->import, error))
    return FALSE;

  g_signal_emit (self, signals [APPLIED], 0);
  return TRUE;
}
