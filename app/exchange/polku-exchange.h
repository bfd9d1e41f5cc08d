/* polku-exchange.h: file formats that cross the machine's edge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define POLKU_EXCHANGE_ERROR (polku_exchange_error_quark ())

typedef enum
{
  POLKU_EXCHANGE_ERROR_FAILED,
  POLKU_EXCHANGE_ERROR_NOT_JSON,
  POLKU_EXCHANGE_ERROR_TRUNCATED,
  POLKU_EXCHANGE_ERROR_NOT_A_PERUSTE,
  POLKU_EXCHANGE_ERROR_NOT_VOCATIONAL,
  POLKU_EXCHANGE_ERROR_MISSING_FIELD,
  POLKU_EXCHANGE_ERROR_TOO_LARGE,
  POLKU_EXCHANGE_ERROR_NETWORK,
  POLKU_EXCHANGE_ERROR_NOT_FOUND,
  POLKU_EXCHANGE_ERROR_TIMED_OUT,
  POLKU_EXCHANGE_ERROR_HTTP,
} PolkuExchangeError;

GQuark polku_exchange_error_quark (void);

G_END_DECLS
