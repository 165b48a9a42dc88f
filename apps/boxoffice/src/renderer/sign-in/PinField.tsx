import { TextField, type TextFieldProps } from "@marquee/ui";
import { pinDigits, pinMaxLength } from "./pin.ts";

/** A masked, digits-only field; phones and tablets show their number pad for it. */
export function PinField({
  value,
  onChange,
  ...props
}: Omit<TextFieldProps, "value" | "onChange" | "type"> & { value: string; onChange(pin: string): void }) {
  return (
    <TextField
      {...props}
      type="password"
      inputMode="numeric"
      pattern="[0-9]*"
      autoComplete="off"
      maxLength={pinMaxLength}
      value={value}
      onChange={(event) => onChange(pinDigits(event.target.value))}
      style={{ letterSpacing: "0.4em" }}
    />
  );
}
