/* polku-context.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store.h"

G_BEGIN_DECLS

#define POLKU_TYPE_CONTEXT (polku_context_get_type ())

G_DECLARE_FINAL_TYPE (PolkuContext, polku_context, POLKU, CONTEXT, GObject)

PolkuContext *polku_context_new          (PolkuStore   *store,
                                          GSettings    *settings);
PolkuStore   *polku_context_get_store    (PolkuContext *self);
GSettings    *polku_context_get_settings (PolkuContext *self);

G_END_DECLS
