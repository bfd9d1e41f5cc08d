/* polku-peruste-row.c: a peruste in the catalogue's sidebar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-peruste-row"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-peruste-row.h"

struct _PolkuPerusteRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *validity_label;
  GtkLabel      *expired_label;

  /* Owned */
  PolkuPeruste  *peruste;
};

G_DEFINE_FINAL_TYPE (PolkuPerusteRow, polku_peruste_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_PERUSTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
set_peruste (PolkuPerusteRow *self,
             PolkuPeruste    *peruste)
{
  const char *validity;

  if (!g_set_object (&self->peruste, peruste))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE]);

  if (self->peruste == NULL)
    return;

  validity = polku_peruste_get_validity_text (self->peruste);
  gtk_label_set_label (self->validity_label, validity != NULL ? validity : "");
  gtk_widget_set_visible (GTK_WIDGET (self->validity_label), validity != NULL);

  if (polku_peruste_get_expired (self->peruste))
    {
      g_autofree char *until = polku_catalogue_format_date (polku_peruste_get_transition_until (self->peruste) != NULL
                                                            ? polku_peruste_get_transition_until (self->peruste)
                                                            : polku_peruste_get_valid_until (self->peruste));
      g_autofree char *tooltip = NULL;

      if (until != NULL)
        /* Translators: the tooltip of an "Expired" badge; %s is a date. */
        tooltip = g_strdup_printf (_("No longer in force after %s"), until);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->expired_label), tooltip);
    }
}

/* GObject overrides */

static void
polku_peruste_row_dispose (GObject *object)
{
  PolkuPerusteRow *self = (PolkuPerusteRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_PERUSTE_ROW);
  g_clear_object (&self->peruste);

  G_OBJECT_CLASS (polku_peruste_row_parent_class)->dispose (object);
}

static void
polku_peruste_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PolkuPerusteRow *self = POLKU_PERUSTE_ROW (object);

  switch (prop_id)
    {
    case PROP_PERUSTE:
      g_value_set_object (value, self->peruste);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PolkuPerusteRow *self = POLKU_PERUSTE_ROW (object);

  switch (prop_id)
    {
    case PROP_PERUSTE:
      set_peruste (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_row_class_init (PolkuPerusteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_peruste_row_dispose;
  object_class->get_property = polku_peruste_row_get_property;
  object_class->set_property = polku_peruste_row_set_property;

  properties [PROP_PERUSTE] =
    g_param_spec_object ("peruste", NULL, NULL,
                         POLKU_TYPE_PERUSTE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-peruste-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteRow, expired_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteRow, validity_label);
}

static void
polku_peruste_row_init (PolkuPerusteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
polku_peruste_row_new (PolkuPeruste *peruste)
{
  GtkWidget *row;

  g_return_val_if_fail (POLKU_IS_PERUSTE (peruste), NULL);

  row = g_object_new (POLKU_TYPE_PERUSTE_ROW, NULL);

  set_peruste (POLKU_PERUSTE_ROW (row), peruste);
  return row;
}

/**
 * polku_peruste_row_get_peruste:
 *
 * Returns: (transfer none): the peruste shown
 */
PolkuPeruste *
polku_peruste_row_get_peruste (PolkuPerusteRow *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_ROW (self), NULL);

  return self->peruste;
}
