/* polku-start-page.c: the first section, a calm overview of the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-start-page"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-agreement-list.h"
#include "polku-catalogue-format.h"
#include "polku-format.h"
#include "polku-start-page.h"

/* Titles named in the agreements row before "and N more". */
#define MAX_NAMED_AGREEMENTS 3

struct _PolkuStartPage
{
  GtkWidget     parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  AdwActionRow  *path_row;
  AdwActionRow  *backup_row;
  GtkWidget     *agreements_group;
  AdwActionRow  *agreements_row;

  /* Owned */
  PolkuContext       *context;
  PolkuAgreementList *flagged;   /* agreements ending within 60 days or ended */
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

static char *
describe_agreement (PolkuAgreement *agreement)
{
  g_autofree char *end = polku_catalogue_format_date (polku_agreement_get_valid_to (agreement));
  const char *title = polku_agreement_get_title (agreement);

  if (polku_agreement_get_expiry_state (agreement) == POLKU_EXPIRY_EXPIRED)
    /* Translators: an agreement on the start page; the first %s is its title, the second a date. */
    return g_strdup_printf (_("%s (ended %s)"), title, end);
  /* Translators: an agreement on the start page; the first %s is its title, the second a date. */
  return g_strdup_printf (_("%s (ends %s)"), title, end);
}

/* The row appears only while some agreement needs renewing. */
static void
update_agreements (PolkuStartPage *self)
{
  guint n = self->flagged != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->flagged)) : 0;
  guint n_expired = 0;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *title = NULL;

  gtk_widget_set_visible (self->agreements_group, n > 0);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuAgreement) agreement = g_list_model_get_item (G_LIST_MODEL (self->flagged), i);

      if (polku_agreement_get_expiry_state (agreement) == POLKU_EXPIRY_EXPIRED)
        n_expired++;

      if (i < MAX_NAMED_AGREEMENTS)
        {
          g_autofree char *line = describe_agreement (agreement);

          if (names->len > 0)
            g_string_append (names, "\n");
          g_string_append (names, line);
        }
    }

  if (n > MAX_NAMED_AGREEMENTS)
    {
      g_string_append (names, "\n");
      /* Translators: after the first agreements named on the start page. */
      g_string_append_printf (names, ngettext ("and %u more", "and %u more", n - MAX_NAMED_AGREEMENTS),
                              n - MAX_NAMED_AGREEMENTS);
    }

  if (n_expired == 0)
    /* Translators: the start page's reminder; %u is a number of agreements. */
    title = g_strdup_printf (ngettext ("%u agreement ends within 60 days",
                                       "%u agreements end within 60 days", n), n);
  else if (n_expired == n)
    /* Translators: the start page's reminder; %u is a number of agreements. */
    title = g_strdup_printf (ngettext ("%u agreement has ended", "%u agreements have ended", n), n);
  else
    /* Translators: the start page's reminder; %u is a number of agreements. */
    title = g_strdup_printf (ngettext ("%u agreement has ended or ends within 60 days",
                                       "%u agreements have ended or end within 60 days", n), n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->agreements_row), title);
  adw_action_row_set_subtitle (self->agreements_row, names->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->agreements_row), _("Open the workshop section to renew them"));
}

/* GObject overrides */

static void
polku_start_page_dispose (GObject *object)
{
  PolkuStartPage *self = (PolkuStartPage *)object;

  if (self->flagged != NULL)
    g_signal_handlers_disconnect_by_data (self->flagged, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_START_PAGE);
  g_clear_object (&self->flagged);
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
  gtk_widget_class_bind_template_child (widget_class, PolkuStartPage, agreements_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuStartPage, agreements_row);
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

  if (self->flagged != NULL)
    g_signal_handlers_disconnect_by_data (self->flagged, self);
  g_clear_object (&self->flagged);

  if (context != NULL)
    {
      PolkuStore *store = polku_context_get_store (context);

      self->flagged = polku_agreement_list_new (store);
      polku_agreement_list_set_flagged_only (self->flagged, TRUE);
      g_signal_connect_swapped (self->flagged, "items-changed", G_CALLBACK (update_agreements), self);
      /* Edits of a flagged agreement (a new title, a later end) update it in place. */
      g_signal_connect_object (store, "changed::workshop", G_CALLBACK (update_agreements), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);

      g_signal_connect_object (store, "backups-changed",
                               G_CALLBACK (polku_start_page_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "reset",
                               G_CALLBACK (polku_start_page_refresh), self, G_CONNECT_SWAPPED);
    }

  polku_start_page_refresh (self);
  update_agreements (self);
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
