/* polku-model-snapshot.c: notify what changed across an update.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-model-snapshot"

#include "config.h"

#include "polku-model-snapshot-private.h"

struct _PolkuSnapshot
{
  GObject     *object;
  GParamSpec **pspecs;
  guint        n_pspecs;
  GValue      *values;
};

PolkuSnapshot *
_polku_snapshot_take (GObject     *object,
                      GParamSpec **pspecs,
                      guint        n_pspecs)
{
  PolkuSnapshot *snapshot = g_new0 (PolkuSnapshot, 1);

  snapshot->object = g_object_ref (object);
  snapshot->pspecs = pspecs;
  snapshot->n_pspecs = n_pspecs;
  snapshot->values = g_new0 (GValue, n_pspecs);

  for (guint i = 1; i < n_pspecs; i++)
    {
      if (pspecs[i] == NULL || !(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&snapshot->values[i], G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (object, pspecs[i]->name, &snapshot->values[i]);
    }

  return snapshot;
}

void
_polku_snapshot_notify (PolkuSnapshot *snapshot)
{
  g_object_freeze_notify (snapshot->object);

  for (guint i = 1; i < snapshot->n_pspecs; i++)
    {
      GValue now = G_VALUE_INIT;

      if (!G_IS_VALUE (&snapshot->values[i]))
        continue;

      g_value_init (&now, G_PARAM_SPEC_VALUE_TYPE (snapshot->pspecs[i]));
      g_object_get_property (snapshot->object, snapshot->pspecs[i]->name, &now);
      if (g_param_values_cmp (snapshot->pspecs[i], &snapshot->values[i], &now) != 0)
        g_object_notify_by_pspec (snapshot->object, snapshot->pspecs[i]);
      g_value_unset (&now);
      g_value_unset (&snapshot->values[i]);
    }

  g_object_thaw_notify (snapshot->object);
  g_object_unref (snapshot->object);
  g_free (snapshot->values);
  g_free (snapshot);
}
