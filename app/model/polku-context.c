/* polku-context.c: what every model object and page needs, handed down instead
 * of globals (the idea of gnome-calendar's GcalContext).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-context"

#include "config.h"

#include "polku-context.h"

struct _PolkuContext
{
  GObject     parent_instance;

  /* Owned */
  PolkuStore *store;
  GSettings  *settings;
};

G_DEFINE_FINAL_TYPE (PolkuContext, polku_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
polku_context_dispose (GObject *object)
{
  PolkuContext *self = (PolkuContext *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_context_parent_class)->dispose (object);
}

static void
polku_context_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuContext *self = POLKU_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_context_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PolkuContext *self = POLKU_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_context_class_init (PolkuContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_context_dispose;
  object_class->get_property = polku_context_get_property;
  object_class->set_property = polku_context_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         POLKU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_context_init (PolkuContext *self)
{
}

/**
 * polku_context_new:
 * @store: the open database
 * @settings: the application's settings (a memory backend in tests)
 */
PolkuContext *
polku_context_new (PolkuStore *store,
                   GSettings  *settings)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (POLKU_TYPE_CONTEXT,
                       "store", store,
                       "settings", settings,
                       NULL);
}

PolkuStore *
polku_context_get_store (PolkuContext *self)
{
  g_return_val_if_fail (POLKU_IS_CONTEXT (self), NULL);

  return self->store;
}

GSettings *
polku_context_get_settings (PolkuContext *self)
{
  g_return_val_if_fail (POLKU_IS_CONTEXT (self), NULL);

  return self->settings;
}
