/* polku-start-page.c: the first section, a calm overview of the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-start-page"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-format.h"
#include "polku-start-page.h"

struct _PolkuStartPage
{
  GtkWidget     parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  AdwActionRow  *path_row;
  AdwActionRow  *backup_row;

  /* Owned */
  PolkuContext  *context;
};

G_DEFINE_FINAL_TYPE (PolkuStartPage, polku_start_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static char *
describe_latest_backup (PolkuStore *store)
{
  g_autoptr(GPtrArray) backups = NULL;
  char *when;

  backups = polku_store_list_backups (store, NULL);
  if (backups == NULL || backups->len == 0)
    return g_strdup (_("None yet: Polku takes one each time it starts"));

  when = polku_format_file_mtime (g_ptr_array_index (backups, backups->len - 1));
  return when != NULL ? when : g_strdup (_("Unknown"));
}

/* GObject overrides */

static void
polku_start_page_dispose (GObject *object)
{
  PolkuStartPage *self = (PolkuStartPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_START_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_start_page_parent_class)->dispose (object);
}

static void
polku_start_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PolkuStartPage *self = POLKU_START_PAGE (object);

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
polku_start_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PolkuStartPage *self = POLKU_START_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_start_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_start_page_class_init (PolkuStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_start_page_dispose;
  object_class->get_property = polku_start_page_get_property;
  object_class->set_property = polku_start_page_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-start-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuStartPage, backup_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuStartPage, path_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuStartPage, status_page);
}

static void
polku_start_page_init (PolkuStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

void
polku_start_page_set_context (PolkuStartPage *self,
                              PolkuContext   *context)
{
  g_return_if_fail (POLKU_IS_START_PAGE (self));
  g_return_if_fail (!context || POLKU_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  if (context != NULL)
    {
      PolkuStore *store = polku_context_get_store (context);

      g_signal_connect_object (store, "backups-changed",
                               G_CALLBACK (polku_start_page_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "reset",
                               G_CALLBACK (polku_start_page_refresh), self, G_CONNECT_SWAPPED);
    }

  polku_start_page_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

void
polku_start_page_refresh (PolkuStartPage *self)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  PolkuStore *store;

  g_return_if_fail (POLKU_IS_START_PAGE (self));

  if (self->context == NULL)
    return;

  store = polku_context_get_store (self->context);
  path = g_filename_display_name (polku_store_get_path (store));
  backup = describe_latest_backup (store);

  adw_action_row_set_subtitle (self->path_row, path);
  adw_action_row_set_subtitle (self->backup_row, backup);
}
