/** A refused request or failure, said plainly. */
export function ErrorBox({ message }: { message: string }) {
  return (
    <div className="error-box" role="alert" data-testid="error">
      {message}
    </div>
  );
}
