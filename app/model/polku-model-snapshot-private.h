/* polku-model-snapshot-private.h: notify exactly the properties whose value
 * changed across an update, for objects whose properties are computed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PolkuSnapshot PolkuSnapshot;

/* Reads every readable property in @pspecs[1 .. n_pspecs-1] (index 0 is unused,
 * as in a properties[] array). */
PolkuSnapshot *_polku_snapshot_take   (GObject        *object,
                                       GParamSpec    **pspecs,
                                       guint           n_pspecs);
/* Notifies the properties whose value differs from the snapshot, then frees it. */
void           _polku_snapshot_notify (PolkuSnapshot  *snapshot);

G_END_DECLS
