/* polku-organisation-editor.c: the organisation's name, Y-tunnus and address,
 * saved as they are typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-organisation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-field-saver.h"
#include "polku-organisation.h"
#include "polku-organisation-editor.h"
#include "polku-workshop-common.h"

struct _PolkuOrganisationEditor
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkWidget          *page;
  GtkWidget          *name_row;
  GtkWidget          *business_id_row;
  GtkWidget          *address_row;
  GtkWidget          *postal_code_row;
  GtkWidget          *municipality_row;

  /* Owned */
  PolkuContext       *context;
  PolkuOrganisation  *organisation;
  PolkuFieldSaver      *saver;
};

G_DEFINE_FINAL_TYPE (PolkuOrganisationEditor, polku_organisation_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Callbacks */

static void
autosave_failed_cb (PolkuOrganisationEditor *self,
                    GtkWidget               *field,
                    GError                  *error)
{
  polku_workshop_show_error (GTK_WIDGET (self), error);
}

/* GObject overrides */

static void
polku_organisation_editor_dispose (GObject *object)
{
  PolkuOrganisationEditor *self = (PolkuOrganisationEditor *)object;

  if (self->saver != NULL)
    {
      polku_field_saver_flush (self->saver);
      g_signal_handlers_disconnect_by_data (self->saver, self);
      polku_field_saver_set_object (self->saver, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_ORGANISATION_EDITOR);
  g_clear_object (&self->saver);
  g_clear_object (&self->organisation);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_organisation_editor_parent_class)->dispose (object);
}

static void
polku_organisation_editor_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  PolkuOrganisationEditor *self = POLKU_ORGANISATION_EDITOR (object);

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
polku_organisation_editor_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  PolkuOrganisationEditor *self = POLKU_ORGANISATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_organisation_editor_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_organisation_editor_class_init (PolkuOrganisationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_organisation_editor_dispose;
  object_class->get_property = polku_organisation_editor_get_property;
  object_class->set_property = polku_organisation_editor_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-organisation-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuOrganisationEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuOrganisationEditor, business_id_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuOrganisationEditor, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuOrganisationEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuOrganisationEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PolkuOrganisationEditor, postal_code_row);
}

static void
polku_organisation_editor_init (PolkuOrganisationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->saver = polku_field_saver_new ();
  polku_field_saver_add (self->saver, self->name_row, "name",
                      (PolkuFieldSetter) polku_organisation_set_name);
  polku_field_saver_add (self->saver, self->business_id_row, "business-id",
                      (PolkuFieldSetter) polku_organisation_set_business_id);
  polku_field_saver_add (self->saver, self->address_row, "address",
                      (PolkuFieldSetter) polku_organisation_set_address);
  polku_field_saver_add (self->saver, self->postal_code_row, "postal-code",
                      (PolkuFieldSetter) polku_organisation_set_postal_code);
  polku_field_saver_add (self->saver, self->municipality_row, "municipality",
                      (PolkuFieldSetter) polku_organisation_set_municipality);
  g_signal_connect_swapped (self->saver, "failed", G_CALLBACK (autosave_failed_cb), self);

  gtk_widget_set_sensitive (self->page, FALSE);
}

/* Public API */

GtkWidget *
polku_organisation_editor_new (void)
{
  return g_object_new (POLKU_TYPE_ORGANISATION_EDITOR, NULL);
}

/**
 * polku_organisation_editor_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
PolkuContext *
polku_organisation_editor_get_context (PolkuOrganisationEditor *self)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION_EDITOR (self), NULL);

  return self->context;
}

void
polku_organisation_editor_set_context (PolkuOrganisationEditor *self,
                                       PolkuContext            *context)
{
  g_return_if_fail (POLKU_IS_ORGANISATION_EDITOR (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));

  if (self->context == context)
    return;

  polku_field_saver_set_object (self->saver, NULL);
  g_clear_object (&self->organisation);
  g_set_object (&self->context, context);

  if (context != NULL)
    {
      self->organisation = polku_organisation_new (polku_context_get_store (context));
      polku_field_saver_set_object (self->saver, self->organisation);
    }

  gtk_widget_set_sensitive (self->page, self->organisation != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

/**
 * polku_organisation_editor_flush:
 *
 * Saves what was typed and not yet saved.
 *
 * Returns: %FALSE when something was refused (and shown)
 */
gboolean
polku_organisation_editor_flush (PolkuOrganisationEditor *self)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION_EDITOR (self), FALSE);

  return polku_field_saver_flush (self->saver);
}
